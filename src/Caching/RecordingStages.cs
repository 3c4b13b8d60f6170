using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.History;

namespace Explainer.Caching;

/// <summary>
/// The full build, keeping what the build record's fingerprint needs of what it read: the digest the loader took of the input's
/// bytes as it read them, and the git history it used. The record then describes exactly the files this build was made from,
/// with no second reading of the input (a file saved during the build makes the next one run).
/// </summary>
public sealed class RecordingStages(RepositoryHistory? knownHistory = null) : BuildStages
{
    /// <summary>The input's <see cref="InputSet.Digest"/>, once the build has read it.</summary>
    public Content.Digest128? InputDigest { get; private set; }

    /// <summary>The git history the build used, once it has asked for it.</summary>
    public RepositoryHistory? History { get; private set; }

    public override (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) LoadInput(string inputFolder)
    {
        var loaded = base.LoadInput(inputFolder);
        InputDigest = loaded.Input.Digest;
        return loaded;
    }

    /// <summary>The history the build command already read to compare with the record, if it did; git is not asked twice.</summary>
    public override RepositoryHistory ReadHistory(BuildOptions options) => History = knownHistory ?? base.ReadHistory(options);
}
