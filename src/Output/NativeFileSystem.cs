using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// The POSIX calls .NET does not offer: an atomic exchange of two folders (Linux <c>renameat2(RENAME_EXCHANGE)</c>),
/// hard links and whether two paths are one file, the real path of a file with every link resolved, and ext2/3/4's mark for the top of a
/// folder hierarchy. Each says when it cannot help, so callers fall back.
/// </summary>
public static class NativeFileSystem
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;
    // <linux/fs.h>: FS_IOC_GETFLAGS and FS_IOC_SETFLAGS (the same numbers on x64 and Arm64; the kernel reads and writes an int), FS_TOPDIR_FL.
    private const ulong GetFlags = 0x80086601;
    private const ulong SetFlags = 0x40086602;
    private const int TopOfHierarchy = 0x00020000;
    private const int ReadOnlyFolder = 0x10000; // O_RDONLY | O_DIRECTORY

    /// <summary>Where the layouts and numbers below are known: <c>struct stat</c>'s first fields, and the <c>ioctl</c> numbers for attribute flags.</summary>
    private static bool IsLinuxOnX64OrArm64 =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture is (Architecture.X64 or Architecture.Arm64);

    /// <summary>Swaps two existing folders in one step: nobody ever sees either name missing. False when the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than glibc 2.28, or not glibc
        }
    }

    /// <summary>Makes <paramref name="link"/> a second name for the file <paramref name="existing"/>. False when the system cannot.</summary>
    public static bool TryHardLink(string existing, string link)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return NativeLink(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when both paths name the same file (hard links to one inode), read with <c>lstat</c>. False when they do not, or when
    /// this system's <c>struct stat</c> layout is not one known here (Linux on x64 and Arm64 start with st_dev and st_ino).
    /// </summary>
    public static bool IsSameFile(string a, string b) =>
        Status(a) is { } first && Status(b) is { } second && first.AsSpan(0, 16).SequenceEqual(second.AsSpan(0, 16));

    /// <summary>
    /// True when the path is a named pipe, a socket or a device: opening a pipe to read waits for a writer that never comes, and a
    /// device can be read forever. Read with <c>lstat</c>; false where <c>struct stat</c>'s layout is not one known here (st_mode
    /// follows st_nlink on x64, st_ino on Arm64), or when the path cannot be read (the reader then reports why).
    /// </summary>
    public static bool IsSpecialFile(string path) =>
        Status(path) is { } status
        && (BitConverter.ToUInt32(status, RuntimeInformation.OSArchitecture == Architecture.X64 ? 24 : 16) & FileTypeMask) is not (RegularFile or Folder or SymbolicLink);

    /// <summary><c>struct stat</c> of the path itself (<c>lstat</c>), or null where it fails or its layout is not one known here.</summary>
    private static byte[]? Status(string path)
    {
        if (!IsLinuxOnX64OrArm64) return null;
        try
        {
            var status = new byte[256];
            return lstat(path, status) == 0 ? status : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // glibc before 2.33 exports only __lxstat
        }
    }

    // <sys/stat.h>: S_IFMT and the file types that are not special.
    private const uint FileTypeMask = 0xF000;
    private const uint RegularFile = 0x8000;
    private const uint Folder = 0x4000;
    private const uint SymbolicLink = 0xA000;

    /// <summary>
    /// Marks a folder as the top of a folder hierarchy (<c>chattr +T</c>): ext2/3/4 then place each folder made directly in it in a block
    /// group chosen afresh (the Orlov allocator: one with few folders, searched from a start that the new folder's name decides) instead
    /// of beside the parent. False when the system or the file system cannot.
    /// </summary>
    public static bool TryMarkTopOfHierarchy(string folder) =>
        WithFolderFlags(folder, (descriptor, flags) => (flags & TopOfHierarchy) != 0 || SetFolderFlags(descriptor, flags | TopOfHierarchy));

    /// <summary>True when the folder carries the mark <see cref="TryMarkTopOfHierarchy"/> sets.</summary>
    public static bool IsMarkedTopOfHierarchy(string folder) => WithFolderFlags(folder, (_, flags) => (flags & TopOfHierarchy) != 0);

    /// <summary>Opens the folder, reads its attribute flags and passes both to <paramref name="use"/>; false when a step fails.</summary>
    private static bool WithFolderFlags(string folder, Func<int, int, bool> use)
    {
        if (!IsLinuxOnX64OrArm64) return false;
        try
        {
            var descriptor = open(folder, ReadOnlyFolder);
            if (descriptor < 0) return false;
            try
            {
                var flags = 0;
                return ioctl(descriptor, GetFlags, ref flags) == 0 && use(descriptor, flags);
            }
            finally
            {
                close(descriptor);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static bool SetFolderFlags(int descriptor, int flags) => ioctl(descriptor, SetFlags, ref flags) == 0;

    /// <summary>The path with every symbolic link resolved; the part that does not exist yet is kept as written.</summary>
    public static string RealPath(string fullPath)
    {
        if (OperatingSystem.IsWindows()) return fullPath;
        var existing = fullPath;
        var missing = new Stack<string>();
        while (!Path.Exists(existing) && !FileTree.IsLink(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }
        var resolved = existing;
        try
        {
            var pointer = realpath(existing, IntPtr.Zero);
            if (pointer != IntPtr.Zero)
            {
                resolved = Marshal.PtrToStringUTF8(pointer) ?? existing;
                free(pointer);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
        }
        return missing.Aggregate(resolved, Path.Combine);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int NativeLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("libc", SetLastError = true)]
    private static extern int lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int descriptor, ulong request, ref int value);

    [DllImport("libc")]
    private static extern int close(int descriptor);
}
