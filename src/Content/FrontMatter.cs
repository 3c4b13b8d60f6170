namespace Explainer.Content;

/// <summary>
/// A Markdown file split in two: the YAML between the <c>---</c> fences (where it lies in the file's text: it is parsed there, not
/// copied out) and the body after them, each with the file line it starts on.
/// </summary>
public sealed record FrontMatter(string Text, int YamlStart, int YamlLength, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>The YAML as a string of its own (for the rare reader that needs one).</summary>
    public string Yaml => Text.Substring(YamlStart, YamlLength);
}
