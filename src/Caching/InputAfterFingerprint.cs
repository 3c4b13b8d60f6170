using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.History;

namespace Explainer.Caching;

/// <summary>What the build record's fingerprint was taken of: the fingerprint, and the git history it read (the build uses the same).</summary>
public sealed record Fingerprinted(UInt128 Fingerprint, RepositoryHistory History);

/// <summary>
/// The full build, reading the input only once the build record's fingerprint of it is finished, so the record never describes
/// files newer than the ones the build read. The theme, hashed before, is read and parsed meanwhile: on a 10,000-entry site that
/// hid most of the fingerprint's ~0.35 s, which otherwise came before every build. The git history is the one the fingerprint
/// read, not read again.
/// </summary>
public sealed class InputAfterFingerprint(Task<Fingerprinted> fingerprint) : BuildStages
{
    public override (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) LoadInput(string inputFolder)
    {
        fingerprint.Wait();
        return base.LoadInput(inputFolder);
    }

    public override RepositoryHistory ReadHistory(BuildOptions options) => fingerprint.Result.History;
}
