using System.Xml;

namespace Explainer.Output;

/// <summary>One XML writer configuration for feed and sitemap: indented, LF line endings, so output is stable across platforms.</summary>
public static class XmlSettings
{
    /// <summary>The document written into <paramref name="stream"/> (its writer closed), ending with a newline as text files do, in one copy.</summary>
    public static byte[] Document(MemoryStream stream)
    {
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static XmlWriterSettings Create() => new() { Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace, Encoding = new System.Text.UTF8Encoding(false) };
}
