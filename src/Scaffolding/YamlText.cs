using System.Text;

namespace Explainer.Scaffolding;

/// <summary>Writes user-given text as a YAML double-quoted scalar, so a headline with ': ', '#' or quotes stays one value.</summary>
public static class YamlText
{
    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
