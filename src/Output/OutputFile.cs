namespace Explainer.Output;

/// <summary>A file of the finished site: its path inside output/ (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    public static OutputFile Text(string path, string text) => new(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
