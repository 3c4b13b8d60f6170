using System.Xml;

namespace Explainer.Output;

/// <summary>One XML writer configuration for feed and sitemap: indented, LF line endings, so output is stable across platforms.</summary>
public static class XmlSettings
{
    public static XmlWriterSettings Create() => new() { Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace, Encoding = new System.Text.UTF8Encoding(false) };
}
