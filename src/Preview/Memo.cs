using System.Collections.Concurrent;

namespace Explainer.Preview;

/// <summary>
/// Remembers a pure function's results by the identity of its argument, across rebuilds. Thread-safe, so parallel stages can share it.
/// Arguments are records that earlier memoised stages hand back unchanged for unchanged files, so "same object" means "same input".
/// After each build <see cref="Sweep"/> drops what that build did not ask for, so memory follows the site, not the edit history.
/// </summary>
public sealed class Memo<TKey, TValue> where TKey : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<TKey, byte> _used = new(ReferenceEqualityComparer.Instance);
    private int _misses;

    /// <summary>How many values were computed (not remembered) since the last sweep.</summary>
    public int Misses => _misses;

    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        _used.TryAdd(key, 0);
        if (_values.TryGetValue(key, out var value)) return value;
        Interlocked.Increment(ref _misses);
        return _values.GetOrAdd(key, compute);
    }

    /// <summary>Forgets what was not asked for since the last sweep; when nothing was asked (the build stopped before this stage) it keeps everything.</summary>
    public void Sweep()
    {
        if (!_used.IsEmpty)
        {
            foreach (var key in _values.Keys.Where(k => !_used.ContainsKey(k)).ToList()) _values.TryRemove(key, out _);
        }
        _used.Clear();
        _misses = 0;
    }

    public void Clear()
    {
        _values.Clear();
        _used.Clear();
    }
}
