using System.Text;
using Fluid;

namespace Explainer.Rendering;

/// <summary>
/// Where a page's layout is rendered: the characters Fluid writes are encoded to UTF-8 straight into one buffer that a render
/// thread keeps for all its pages, with "\r\n" written as "\n" (a theme saved with Windows line ends renders the same bytes).
/// The page used to be built as a string, copied into a second string by the layout and encoded at the end: four copies of
/// every page, half of all a 10,000-entry build allocated.
/// </summary>
public sealed class Utf8PageWriter : IFluidOutput
{
    // Replaces a lone surrogate with U+FFFD, as Encoding.UTF8.GetBytes did; keeps a pair split across two writes whole.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private bool _pendingCarriageReturn;
    // Where Fluid writes what it asks room for (IBufferWriter): encoded when it says how much it wrote.
    private char[] _scratch = new char[1024];
    // Whether the encoder holds the first half of a surrogate pair from the last write (it then encodes the next write itself).
    private bool _encoderHoldsHalf;

    /// <summary>The page so far; valid until the next <see cref="Start"/>.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>Empties the writer for the next page.</summary>
    public void Start()
    {
        _length = 0;
        _pendingCarriageReturn = false;
        _encoder.Reset();
        _encoderHoldsHalf = false;
    }

    /// <summary>Ends the page: a held '\r' and a held surrogate half are written out.</summary>
    public void Finish()
    {
        if (_pendingCarriageReturn) Encode("\r", flush: false);
        _pendingCarriageReturn = false;
        Encode([], flush: true);
    }

    public void Write(string value) => Write(value.AsSpan());

    public void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public Span<char> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public Memory<char> GetMemory(int sizeHint = 0)
    {
        if (_scratch.Length < sizeHint) _scratch = new char[sizeHint];
        return _scratch;
    }

    public void Advance(int count) => Write(_scratch.AsSpan(0, count));

    public ValueTask FlushAsync() => default;

    public void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            if (chars[0] != '\n') Encode("\r", flush: false);
        }
        while (!chars.IsEmpty)
        {
            var cr = chars.IndexOf('\r');
            if (cr < 0)
            {
                Encode(chars, flush: false);
                return;
            }
            Encode(chars[..cr], flush: false);
            chars = chars[(cr + 1)..];
            // A '\r' at the end of a write waits to see whether the next write starts with '\n'.
            if (chars.IsEmpty) _pendingCarriageReturn = true;
            else if (chars[0] != '\n') Encode("\r", flush: false);
        }
    }

    /// <summary>Text already in UTF-8, copied in as it is (after whatever earlier writes still hold back).</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        // A '\r' in it would have to be folded with its neighbours like any other write's: decoded and written as text instead.
        if (utf8.Contains((byte)'\r'))
        {
            Write(Encoding.UTF8.GetString(utf8));
            return;
        }
        if (utf8.IsEmpty) return;
        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            if (utf8[0] != (byte)'\n') Encode("\r", flush: false);
        }
        // A surrogate half held by the encoder is written now, as the next character of text would have it written.
        Encode([], flush: true);
        if (_buffer.Length - _length < utf8.Length) Array.Resize(ref _buffer, Math.Max(_length + utf8.Length, _buffer.Length * 2));
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // Nearly every write: the encoder holds no surrogate half, and the buffer has room for the worst case (3 bytes a character).
        // One pass, where the encoder counted the bytes first and then encoded them (~2.5% of a 10,000-entry build's CPU samples).
        // A high surrogate at the end is left to the encoder, which holds it for the next write.
        if (!_encoderHoldsHalf && !chars.IsEmpty && _buffer.Length - _length >= chars.Length * 3)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(chars, _buffer.AsSpan(_length), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: false);
            _length += written;
            if (status == System.Buffers.OperationStatus.Done) return;
            chars = chars[read..];
        }
        var needed = _encoder.GetByteCount(chars, flush);
        if (_buffer.Length - _length < needed) Array.Resize(ref _buffer, Math.Max(_length + needed, _buffer.Length * 2));
        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush);
        if (flush) _encoderHoldsHalf = false;
        else if (!chars.IsEmpty) _encoderHoldsHalf = char.IsHighSurrogate(chars[^1]);
    }
}
