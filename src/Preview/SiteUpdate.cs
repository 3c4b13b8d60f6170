namespace Explainer.Preview;

/// <summary>
/// What a successful preview rebuild changed in the output folder: handed to <see cref="PreviewOptions.AfterRebuild"/> listeners
/// (search indexing) after the browser was told to reload. <see cref="Everything"/> is set for the first build.
/// </summary>
public sealed record SiteUpdate(string OutputFolder, IReadOnlyList<string> ChangedFiles, bool Everything, string? SearchGlob = null);
