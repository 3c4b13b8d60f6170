namespace Explainer.Content;

/// <summary>
/// The limits on input (documented in README): generous for real content, small enough that no file can make the build crash,
/// take minutes or need gigabytes, and short enough for every file system (Windows' 260-character paths, a git clone's folder).
/// </summary>
public static class InputLimits
{
    /// <summary>Largest entry, party or site.yml file: real entries are a few KB.</summary>
    public const int MaxTextFileBytes = 1024 * 1024;

    /// <summary>Largest file in input/static/.</summary>
    public const int MaxStaticFileBytes = 20 * 1024 * 1024;

    /// <summary>How deeply YAML lists and mappings may nest (front matter needs 3).</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>
    /// Most values (lists, mappings and plain values) front matter may hold once its aliases are expanded (a real one holds a few
    /// hundred). Aliases cost nothing to write: eight lines that each repeat the previous one nine times expand to 43 million values.
    /// </summary>
    public const int MaxYamlValues = 100_000;

    /// <summary>How deeply Markdown may nest quotes, lists and brackets; Markdig itself gives up somewhat above this.</summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>How deeply raw HTML in one Markdown document may nest elements.</summary>
    public const int MaxHtmlDepth = 100;

    /// <summary>Most links, URLs and HTML tags in one paragraph (a list of links puts each in a paragraph of its own).</summary>
    public const int MaxInlineMarkupPerParagraph = 1000;

    /// <summary>Longest slug, tag or party id: pages live at entries/&lt;slug&gt;/index.html, well inside 260-character paths.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>Longest headline (event, party name, FAQ question).</summary>
    public const int MaxHeadlineLength = 300;

    /// <summary>Longest single front matter value (a summary, an FAQ answer).</summary>
    public const int MaxFieldLength = 5000;
}
