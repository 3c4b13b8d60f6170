using Fluid;

namespace Explainer.Rendering;

/// <summary>
/// A growable run of characters that Fluid renders into: a page's body, a card. A render thread keeps one and empties it
/// for the next render, so the buffer is allocated once and grows to the longest text it has held.
/// </summary>
public sealed class CharBuffer : IFluidOutput
{
    private char[] _chars = new char[16 * 1024];
    private int _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public int Length => _length;

    public void Clear() => _length = 0;

    public void Write(ReadOnlySpan<char> chars)
    {
        chars.CopyTo(GetSpan(chars.Length));
        _length += chars.Length;
    }

    public void Write(string value) => Write(value.AsSpan());

    public void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public Span<char> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public Memory<char> GetMemory(int sizeHint = 0)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_chars.Length - _length < needed) Array.Resize(ref _chars, Math.Max(_length + needed, _chars.Length * 2));
        return _chars.AsMemory(_length);
    }

    public void Advance(int count) => _length += count;

    public ValueTask FlushAsync() => default;

    public override string ToString() => new(Span);
}
