namespace Explainer.Content;

/// <summary>Everything the loader read: site settings (if present), entry files, party files, static files to copy, and the
/// input folder as messages name it (whatever --input was given).</summary>
public sealed record InputSet(
    InputFile? SiteSettings,
    IReadOnlyList<InputFile> Entries,
    IReadOnlyList<InputFile> Parties,
    IReadOnlyList<StaticFile> StaticFiles,
    string Folder = "input")
{
    /// <summary>Standalone pages, input/pages/*.md.</summary>
    public IReadOnlyList<InputFile> Pages { get; init; } = [];

    /// <summary>
    /// The names (file names without <c>.md</c>) of entry, party and page files that were found but could not be read: too large, not
    /// UTF-8, unreadable. Each has its error already; the build still counts its page as one that will exist once the file is
    /// fixed, so links to it and party references to it are not reported as broken as well.
    /// </summary>
    public IReadOnlyList<string> UnreadEntries { get; init; } = [];

    /// <inheritdoc cref="UnreadEntries"/>
    public IReadOnlyList<string> UnreadParties { get; init; } = [];

    /// <inheritdoc cref="UnreadEntries"/>
    public IReadOnlyList<string> UnreadPages { get; init; } = [];

    /// <summary>site.yml was found but could not be read (its error is reported already): not to be called missing as well.</summary>
    public bool SiteSettingsUnread { get; init; }

    /// <summary>The <see cref="InputDigest"/> of the files as they were read (zero when made by hand, as tests do).</summary>
    public Digest128 Digest { get; init; }
}

/// <summary>A file copied verbatim to the output: its path inside output/, its bytes and the path diagnostics show for it.</summary>
public sealed record StaticFile(string OutputPath, byte[] Bytes, string DisplayPath);
