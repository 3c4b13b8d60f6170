namespace Explainer.Theme;

/// <summary>What the theme folder holds: Liquid template sources keyed by name (<c>pages/entry</c>) and assets to copy.</summary>
public sealed record ThemeFiles(IReadOnlyDictionary<string, ThemeTemplate> Templates, IReadOnlyList<Content.StaticFile> Assets);

/// <summary>One Liquid template's source text and the path diagnostics show for it.</summary>
public sealed record ThemeTemplate(string Name, string DisplayPath, string Source);
