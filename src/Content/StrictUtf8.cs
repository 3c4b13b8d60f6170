using System.Buffers;
using System.Text;

namespace Explainer.Content;

/// <summary>Decodes bytes as UTF-8 without replacement characters, reporting the line of the first invalid byte instead.</summary>
public static class StrictUtf8
{
    /// <summary>Returns the text with any BOM removed and CRLF/CR turned into LF, or the 1-based line of the first invalid byte.</summary>
    public static (string? Text, int InvalidLine) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];

        // Valid text (nearly all of it) is checked in one vectorised pass; only invalid text is walked rune by rune to find the line.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return (Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace('\r', '\n'), 0);

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
                return (null, bytes[..offset].Count((byte)'\n') + 1);
            offset += consumed;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return (text.Replace("\r\n", "\n").Replace('\r', '\n'), 0);
    }
}
