using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Support;

/// <summary>
/// Converts YAML to JSON the way an editor's YAML language server sees it, so the schema side of the agreement tests
/// judges what a contributor's editor judges. yaml-language-server follows YAML 1.2's core schema: a plain (unquoted)
/// scalar is null (~, null, empty), a boolean (true, false), an integer or a float when it looks like one, and a string
/// otherwise; quoted scalars are always strings. So <c>date: 2026</c> is the integer 2026 and <c>date: 2026-07-10</c> is a
/// string (YAML 1.2 has no timestamp type), and <c>country: NO</c> stays the string "NO" (only YAML 1.1 made it false).
/// The C# validator, by contrast, reads every scalar's text; the schema allows an integer year where dates go for that reason.
/// </summary>
public static partial class YamlJson
{
    /// <summary>The first document of <paramref name="yaml"/> as JSON, or null when it is not valid YAML.</summary>
    public static JToken? Convert(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }
        return stream.Documents.Count == 0 ? JValue.CreateNull() : ToJson(stream.Documents[0].RootNode);
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToJson)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JToken Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty) return new JValue(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return JValue.CreateNull();
        if (text is "true" or "True" or "TRUE") return new JValue(true);
        if (text is "false" or "False" or "FALSE") return new JValue(false);
        if (Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return new JValue(integer);
        if (Float().IsMatch(text)) return new JValue(double.Parse(text, CultureInfo.InvariantCulture));
        return new JValue(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
