namespace Explainer.Content;

/// <summary>A Markdown file split in two: the YAML between the <c>---</c> fences and the body after them, each with the file line it starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
