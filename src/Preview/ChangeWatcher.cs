using System.Threading.Channels;

namespace Explainer.Preview;

/// <summary>
/// Watches folders (subfolders included) and hands out changes in batches: a batch starts with the first change and ends when
/// nothing has changed for a quiet period, so an editor's burst (temporary file, rename, second save) becomes one rebuild.
/// Editors' own temporary and backup files are ignored.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>A batch never waits longer than this for quiet, so a file that changes constantly cannot hold rebuilds off.</summary>
    private static readonly TimeSpan LongestBatch = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _awaited = new(StringComparer.Ordinal);
    private volatile TaskCompletionSource _open = Opened();
    private bool _disposed;

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Where(Directory.Exists))
        {
            _watchers[folder] = Watch(folder);
            // A folder deleted and made again (a restored backup, a checkout that removed it) is a new folder: its watcher saw
            // the old one go and would see nothing more. The parent says when it is back; it is watched again and read in full.
            // A folder renamed away is followed by its watcher under its new name, so the site would keep showing it: it is
            // let go and everything read again, as if deleted, until a folder of its name is back.
            if (Path.GetDirectoryName(folder) is { } parent && Directory.Exists(parent))
            {
                var name = Path.GetFileName(folder);
                var returns = new FileSystemWatcher(parent, name) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName };
                returns.Created += (_, _) => Rewatch(folder);
                returns.Renamed += (_, e) =>
                {
                    if (e.Name == name) Rewatch(folder);
                    else if (e.OldName == name) LetGo(folder);
                };
                returns.EnableRaisingEvents = true;
                _parents.Add(returns);
            }
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath, created: true);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) => { Report(e.OldFullPath); Report(e.FullPath); };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(new Change(null, false));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Rewatch(string folder)
    {
        lock (_watchers)
        {
            if (_disposed) return;
            try
            {
                var watcher = Watch(folder);
                _watchers[folder].Dispose();
                _watchers[folder] = watcher;
            }
            catch (Exception e) when (e is ArgumentException or IOException)
            {
                return; // gone again already: its next return says so
            }
        }
        // Files may have been written into it before the new watcher started: every file is read again.
        _changes.Writer.TryWrite(new Change(null, false));
    }

    private void LetGo(string folder)
    {
        lock (_watchers)
        {
            if (_disposed) return;
            _watchers[folder].EnableRaisingEvents = false;
        }
        _changes.Writer.TryWrite(new Change(null, false));
    }

    /// <summary>True for files editors write beside the real one: vim's swap files and its 4913 probe, backups, emacs locks, temp files.</summary>
    public static bool IsEditorNoise(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name == "4913" || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".preview-tmp", StringComparison.Ordinal)
            || Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || path.Contains("/node_modules/", StringComparison.Ordinal) || path.Contains("/.git/", StringComparison.Ordinal);
    }

    private static readonly string[] Extensions = [".swp", ".swo", ".swx", ".tmp", ".temp", ".bak", ".crdownload", "___jb_tmp___", "___jb_old___"];

    /// <summary>Waits for the next batch of changes; <see cref="ChangeBatch.LostTrack"/> is set when the system dropped events.</summary>
    public async Task<ChangeBatch> NextBatchAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        var lostTrack = false;
        Add(await _changes.Reader.ReadAsync(cancellation));
        // While held (tests), the batch that has begun waits and the changes that follow queue up behind it.
        await _open.Task.WaitAsync(cancellation);
        var deadline = DateTime.UtcNow + LongestBatch;
        while (DateTime.UtcNow < deadline)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            wait.CancelAfter(quiet);
            try
            {
                Add(await _changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                break;
            }
        }
        // A file made and gone within the burst is an editor's temporary file, saved and then renamed onto the real one (sed -i,
        // some editors): it was read again like any change, but the writer saved one file, not two.
        var passing = created.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToHashSet(StringComparer.Ordinal);
        return new ChangeBatch(paths, lostTrack) { Passing = passing };

        void Add(Change change)
        {
            if (change.Path is null) lostTrack = true;
            else paths.Add(change.Path);
            if (change is { Created: true, Path: { } path }) created.Add(path);
        }
    }

    private void Report(string path, bool created = false)
    {
        if (IsEditorNoise(path)) return;
        _changes.Writer.TryWrite(new Change(path, created));
        if (_awaited.TryRemove(path, out var waiter)) waiter.TrySetResult();
    }

    /// <summary>
    /// Holds every batch open until the returned handle is disposed, whatever the quiet period: changes made meanwhile join the
    /// batch. Lets a test make a burst of saves one batch without depending on how fast a loaded machine writes them.
    /// </summary>
    public IDisposable Hold()
    {
        _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = _open;
        return new Release(() => held.TrySetResult());
    }

    /// <summary>Completes when the watcher has reported a change at <paramref name="fullPath"/> (events of one watcher arrive in order,
    /// so everything written before it has been reported too).</summary>
    public Task SeenAsync(string fullPath) =>
        _awaited.GetOrAdd(Path.GetFullPath(fullPath), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource();
        open.SetResult();
        return open;
    }

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            _disposed = true;
            foreach (var watcher in _parents.Concat(_watchers.Values)) watcher.Dispose();
        }
        _changes.Writer.TryComplete();
    }

    private sealed record Change(string? Path, bool Created);
}

/// <summary>The paths that changed in one burst, and whether events were lost (then everything is read again).</summary>
public sealed record ChangeBatch(IReadOnlySet<string> Paths, bool LostTrack)
{
    /// <summary>Files made and gone within the burst: an editor's temporary files, renamed onto the file it saved.</summary>
    public IReadOnlySet<string> Passing { get; init; } = new HashSet<string>();

    /// <summary>What the writer saved, for the console: the changed paths less the temporary files.</summary>
    public IReadOnlySet<string> Saved => Passing.Count == 0 ? Paths : Paths.Except(Passing, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
}
