using System.Runtime.InteropServices;
using System.Text;

namespace Explainer.Output;

/// <summary>
/// One build at a time for an output folder, across processes: <c>build</c> holds it from its first look at the output to the
/// swap, preview for each rebuild's writing. Two builds at once used to share <c>output.staging/</c>: one stopped with an
/// internal error and left the staging folder half made, unmarked, so every later build refused to start until it was
/// deleted by hand. The lock is <c>flock</c> on <c>&lt;output&gt;.lock</c> beside the folder: the system drops it when the process
/// ends, even by <c>kill -9</c>, and the file is never deleted (a waiting process would lock a deleted file while a third locked a
/// new one). It holds the process id of its last holder, for the waiting message.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const string Suffix = ".lock";

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock for <paramref name="outputFolder"/>, waiting while another build holds it (<paramref name="waiting"/> is
    /// told once, with that build's process id when known). Where <c>flock</c> is missing the lock is taken without it.
    /// </summary>
    public static OutputLock Acquire(string outputFolder, Action<string> waiting)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder)) + Suffix;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            var told = false;
            for (var state = TryLock(file); state != LockState.Taken; state = TryLock(file))
            {
                if (state == LockState.Interrupted) continue;
                if (!told) waiting(Holder(file));
                told = true;
                Thread.Sleep(50);
            }
            file.SetLength(0);
            file.Write(Encoding.ASCII.GetBytes($"{Environment.ProcessId}\n"));
            file.Flush();
            return new OutputLock(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Closing the file releases the lock.</summary>
    public void Dispose() => _file.Dispose();

    private enum LockState { Taken, Held, Interrupted }

    /// <summary>Taken, held by another process, or interrupted by a signal (asked again). A file system without locks (some network
    /// ones) and a system without <c>flock</c> count as taken: the build goes on unguarded, as it always did.</summary>
    private static LockState TryLock(FileStream file)
    {
        if (OperatingSystem.IsWindows()) return LockState.Taken; // flock is Unix's: on Windows builds are not kept apart
        try
        {
            if (flock((int)file.SafeFileHandle.DangerousGetHandle(), LockExclusive | LockNonBlocking) == 0) return LockState.Taken;
            return Marshal.GetLastPInvokeError() switch
            {
                WouldBlock or WouldBlockMac => LockState.Held,
                Interrupted => LockState.Interrupted,
                _ => LockState.Taken,
            };
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return LockState.Taken;
        }
    }

    private static string Holder(FileStream file)
    {
        try
        {
            file.Position = 0;
            var text = new StreamReader(file, Encoding.ASCII, leaveOpen: true).ReadToEnd().Trim();
            return int.TryParse(text, out var id) ? $"another build (process {id})" : "another build";
        }
        catch (IOException)
        {
            return "another build";
        }
    }

    // <sys/file.h> and errno: the same numbers on Linux and macOS, but EWOULDBLOCK (EAGAIN); EINTR.
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int WouldBlock = 11;
    private const int WouldBlockMac = 35;
    private const int Interrupted = 4;

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int descriptor, int operation);
}
