namespace Explainer.Content;

/// <summary>A text file read from the input folder: its repository-relative display path, its path inside input/ and its LF-normalised text.</summary>
public sealed record InputFile(string DisplayPath, string RelativePath, string Text);
