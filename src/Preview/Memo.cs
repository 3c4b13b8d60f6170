using System.Collections.Concurrent;

namespace Explainer.Preview;

/// <summary>
/// Remembers a pure function's results by the identity of its argument, across rebuilds. Thread-safe, so parallel stages can share it.
/// Arguments are records that earlier memoised stages hand back unchanged for unchanged files, so "same object" means "same input".
/// After each build <see cref="Sweep"/> drops what that build did not ask for, so memory follows the site, not the edit history.
/// </summary>
public sealed class Memo<TKey, TValue> where TKey : class
{
    private readonly ConcurrentDictionary<TKey, Slot> _values = new(ReferenceEqualityComparer.Instance);
    // Each value is stamped with the last build that asked for it: marking a value used is one write, not an insertion into a
    // second dictionary for each of 10,000 entries on every save.
    private int _build = 1;
    private int _asked;
    private int _misses;

    /// <summary>How many values were computed (not remembered) since the last sweep.</summary>
    public int Misses => _misses;

    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        // Read before written: every thread of a parallel stage asks, and a write each time would pass the flag's cache line between CPUs.
        if (_asked == 0) _asked = 1;
        if (_values.TryGetValue(key, out var slot))
        {
            slot.Build = _build;
            return slot.Value;
        }
        Interlocked.Increment(ref _misses);
        return _values.GetOrAdd(key, k => new Slot(compute(k), _build)).Value;
    }

    /// <summary>Forgets what was not asked for since the last sweep; when nothing was asked (the build stopped before this stage) it keeps everything.</summary>
    public void Sweep()
    {
        if (_asked != 0)
        {
            foreach (var (key, slot) in _values)
            {
                if (slot.Build != _build) _values.TryRemove(key, out _);
            }
        }
        _build++;
        _asked = 0;
        _misses = 0;
    }

    public void Clear() => _values.Clear();

    private sealed class Slot(TValue value, int build)
    {
        public TValue Value { get; } = value;

        // Written by whichever thread asks; read by Sweep after the build, once every stage has finished.
        public int Build { get; set; } = build;
    }
}
