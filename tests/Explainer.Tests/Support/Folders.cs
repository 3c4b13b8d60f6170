namespace Explainer.Tests.Support;

public static class Folders
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>, making folders as needed.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Every file under <paramref name="root"/> by relative path, with the SHA-256 of its bytes: equal only for byte-identical trees.</summary>
    public static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
