namespace Explainer.Content;

/// <summary>A text file read from the input folder: its repository-relative display path, its path inside input/ and its LF-normalised text.</summary>
public sealed record InputFile(string DisplayPath, string RelativePath, string Text)
{
    /// <summary>The file name without its extension: an entry's default slug, a party's id.</summary>
    public string Name => Path.GetFileNameWithoutExtension(RelativePath);
}
