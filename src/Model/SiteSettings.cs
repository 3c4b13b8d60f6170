namespace Explainer.Model;

/// <summary>The settings in input/site.yml: title, description, language, public URL and repository.</summary>
public sealed record SiteSettings(string Title, string Description, string Language, Uri Url, string? Repository)
{
    /// <summary>The home page's opening paragraph (plain text): the story so far, in a few sentences.</summary>
    public string? Intro { get; init; }

    /// <summary>The licence of the site's content and data (<c>license:</c>, an SPDX id), or null when site.yml states none.</summary>
    public ContentLicense? License { get; init; }

    /// <summary>Names for tags whose id reads badly when capitalised (<c>eu-ai-act: EU AI Act</c>), from site.yml's <c>tag_names:</c>.</summary>
    public TagNames TagNames { get; init; } = TagNames.None;

    /// <summary>The path part of the public URL (e.g. /explainer/), the default base path for links.</summary>
    public string UrlPath => Url.AbsolutePath.EndsWith('/') ? Url.AbsolutePath : Url.AbsolutePath + "/";
}
