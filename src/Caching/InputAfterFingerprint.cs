using Explainer.Build;
using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Caching;

/// <summary>
/// The full build, reading the input only once the build record's fingerprint of it is finished, so the record never describes
/// files newer than the ones the build read. The theme, hashed before, is read and parsed meanwhile: on a 10,000-entry site that
/// hid most of the fingerprint's ~0.35 s, which otherwise came before every build.
/// </summary>
public sealed class InputAfterFingerprint(Task<UInt128> fingerprint) : BuildStages
{
    public override (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) LoadInput(string inputFolder)
    {
        fingerprint.Wait();
        return base.LoadInput(inputFolder);
    }
}
