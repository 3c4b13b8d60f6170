using Explainer.Output;
using Explainer.Tests.Support;

namespace Explainer.Tests.Output;

/// <summary>The system calls the output writer relies on do what it assumes on this machine (Linux here and in CI).</summary>
public sealed class NativeFileSystemTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Exchange_swaps_two_folders_in_one_step()
    {
        _folder.Write("a/which.txt", "a");
        _folder.Write("b/which.txt", "b");

        Assert.True(NativeFileSystem.TryExchange(_folder["a"], _folder["b"]));

        Assert.Equal("b", File.ReadAllText(_folder["a/which.txt"]));
        Assert.Equal("a", File.ReadAllText(_folder["b/which.txt"]));
    }

    [Fact]
    public void Hard_links_are_one_file_and_copies_are_not()
    {
        var original = _folder.Write("original.txt", "same");
        var copy = _folder.Write("copy.txt", "same");
        Assert.True(NativeFileSystem.TryHardLink(original, _folder["link.txt"]));

        Assert.True(NativeFileSystem.IsSameFile(original, _folder["link.txt"]));
        Assert.False(NativeFileSystem.IsSameFile(original, copy));
        Assert.False(NativeFileSystem.IsSameFile(original, _folder["missing.txt"]));
    }

    [Fact]
    public void The_real_path_resolves_links_and_keeps_the_part_that_does_not_exist()
    {
        Directory.CreateDirectory(_folder["real"]);
        Directory.CreateSymbolicLink(_folder["link"], _folder["real"]);

        Assert.Equal(Path.Combine(NativeFileSystem.RealPath(_folder["real"]), "not", "yet"), NativeFileSystem.RealPath(_folder["link/not/yet"]));
    }

    [Fact]
    public void Pipes_are_special_files_and_files_folders_and_links_are_not()
    {
        Assert.Equal(0, Fifo.Make(_folder["pipe"]));
        var empty = _folder.Write("empty.txt", "");
        File.CreateSymbolicLink(_folder["link"], _folder["pipe"]);

        Assert.True(NativeFileSystem.IsSpecialFile(_folder["pipe"]));
        Assert.False(NativeFileSystem.IsSpecialFile(empty));
        Assert.False(NativeFileSystem.IsSpecialFile(_folder.Path));
        Assert.False(NativeFileSystem.IsSpecialFile(_folder["link"]));
        Assert.False(NativeFileSystem.IsSpecialFile(_folder["missing"]));
    }

    [Fact]
    public void A_folder_marked_as_the_top_of_a_hierarchy_says_so_where_the_file_system_has_the_mark()
    {
        var folder = Directory.CreateDirectory(_folder["top"]).FullName;
        Assert.False(NativeFileSystem.IsMarkedTopOfHierarchy(folder));

        var marked = NativeFileSystem.TryMarkTopOfHierarchy(folder);

        // ext2/3/4 (this machine's /tmp) have the mark; tmpfs and others do not, and the call says so instead of failing.
        Assert.Equal(FileSystems.HasTopOfHierarchyMark(folder), marked);
        Assert.Equal(marked, NativeFileSystem.IsMarkedTopOfHierarchy(folder));
        Assert.Equal(marked, NativeFileSystem.TryMarkTopOfHierarchy(folder));
    }
}

/// <summary>Links are recognised whatever they point to, and never entered.</summary>
public sealed class FileTreeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Links_to_folders_to_files_and_to_nothing_are_links()
    {
        _folder.Write("folder/file.txt", "x");
        Directory.CreateSymbolicLink(_folder["to-folder"], _folder["folder"]);
        File.CreateSymbolicLink(_folder["to-file"], _folder["folder/file.txt"]);
        File.CreateSymbolicLink(_folder["dangling"], _folder["nowhere"]);

        Assert.True(FileTree.IsLink(_folder["to-folder"]));
        Assert.True(FileTree.IsLink(_folder["to-file"]));
        Assert.True(FileTree.IsLink(_folder["dangling"]));
        Assert.False(FileTree.IsLink(_folder["folder"]));
        Assert.False(FileTree.IsLink(_folder["folder/file.txt"]));
        Assert.False(FileTree.IsLink(_folder["nowhere"]));
    }

    [Fact]
    public void Deleting_a_folder_removes_the_links_in_it_and_nothing_they_point_to()
    {
        _folder.Write("precious/keep.txt", "x");
        _folder.Write("doomed/sub/file.txt", "x");
        Directory.CreateSymbolicLink(_folder["doomed/sub/link"], _folder["precious"]);
        File.CreateSymbolicLink(_folder["doomed/file-link"], _folder["precious/keep.txt"]);

        FileTree.Delete(_folder["doomed"]);

        Assert.False(Directory.Exists(_folder["doomed"]));
        Assert.True(File.Exists(_folder["precious/keep.txt"]));
    }
}
