using System.Runtime.InteropServices;

namespace Explainer.Tests.Support;

/// <summary>Makes a named pipe (Linux, as in CI), which .NET lists as an empty file.</summary>
public static class Fifo
{
    /// <returns>0, or the C library's -1 when the pipe could not be made.</returns>
    public static int Make(string path) => mkfifo(path, 0b110_100_100);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
