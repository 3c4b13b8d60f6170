namespace Explainer.Theme;

/// <summary>What the theme folder holds: Liquid template sources keyed by name (<c>pages/entry</c>), assets to copy, and the
/// folder as messages name it.</summary>
public sealed record ThemeFiles(IReadOnlyDictionary<string, ThemeTemplate> Templates, IReadOnlyList<Content.StaticFile> Assets, string Folder = "theme");

/// <summary>One Liquid template's source text and the path diagnostics show for it.</summary>
public sealed record ThemeTemplate(string Name, string DisplayPath, string Source);
