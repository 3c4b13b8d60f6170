namespace Explainer.History;

/// <summary>When a content file was first committed and last changed (UTC days, from committer dates).</summary>
public sealed record FileHistory(DateOnly Published, DateOnly LastChanged);

/// <summary>
/// The commit dates of every file under the input folder, read from git in one pass, and where the input folder sits in
/// the repository (for "History" links). <see cref="None"/> outside a git checkout: pages then fall back to <c>updated:</c>.
/// </summary>
/// <param name="Files">By path relative to the input folder (entries/2026/x.md), as <c>Entry.RelativePath</c> writes it.</param>
/// <param name="InputPrefix">The input folder's path inside the repository, e.g. <c>input/</c>.</param>
/// <param name="Shallow">The checkout is shallow: first-commit dates are the shallow boundary, not the real ones.</param>
public sealed record RepositoryHistory(IReadOnlyDictionary<string, FileHistory> Files, string InputPrefix, bool Shallow)
{
    public static RepositoryHistory None { get; } = new(new Dictionary<string, FileHistory>(), "input/", false);

    public bool IsGitCheckout => !ReferenceEquals(this, None);

    public FileHistory? For(string relativePath) => Files.TryGetValue(relativePath, out var history) ? history : null;

    /// <summary>The file's path in the repository, for edit and history links.</summary>
    public string RepositoryPath(string relativePath) => InputPrefix + relativePath;
}
