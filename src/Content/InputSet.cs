namespace Explainer.Content;

/// <summary>Everything the loader read: site settings (if present), entry files, party files and static files to copy.</summary>
public sealed record InputSet(
    InputFile? SiteSettings,
    IReadOnlyList<InputFile> Entries,
    IReadOnlyList<InputFile> Parties,
    IReadOnlyList<StaticFile> StaticFiles);

/// <summary>A file copied verbatim to the output: its path inside output/, its bytes and the path diagnostics show for it.</summary>
public sealed record StaticFile(string OutputPath, byte[] Bytes, string DisplayPath);
