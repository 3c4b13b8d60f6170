namespace Explainer.Tests.Support;

/// <summary>What the tests expect of the file system a folder lives on, found without the code under test.</summary>
public static class FileSystems
{
    /// <summary>True on ext2, ext3 and ext4 (one family to statfs), the file systems with the top-of-hierarchy mark (<c>chattr +T</c>).</summary>
    public static bool HasTopOfHierarchyMark(string folder) =>
        OperatingSystem.IsLinux() && new DriveInfo(folder).DriveFormat.StartsWith("ext", StringComparison.Ordinal);
}
