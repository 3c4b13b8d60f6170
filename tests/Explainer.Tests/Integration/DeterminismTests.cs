using Explainer.Build;
using Explainer.Output;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_write_byte_identical_folders()
    {
        using var folder = new TempFolder();
        var options = new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, folder["one"]);

        SiteBuild.Into(options);
        SiteBuild.Into(options with { OutputFolder = folder["two"] });

        var one = Snapshot(folder["one"]);
        var two = Snapshot(folder["two"]);
        Assert.True(one.Count > 20);
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, file => Assert.True(file.Value.SequenceEqual(two[file.Key]), $"{file.Key} differs between builds"));
    }

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);
}
