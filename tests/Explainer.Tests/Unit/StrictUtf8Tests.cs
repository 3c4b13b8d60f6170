using System.Text;
using Explainer.Content;

namespace Explainer.Tests.Unit;

public class StrictUtf8Tests
{
    [Fact]
    public void Valid_utf8_is_decoded_with_bom_removed_and_line_endings_normalised()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a’b\r\nc\rd")).ToArray();

        var (text, line) = StrictUtf8.Decode(bytes);

        Assert.Equal("a’b\nc\nd", text);
        Assert.Equal(0, line);
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_the_line_they_are_on()
    {
        byte[] bytes = [.. "---\nevent: Caf"u8, 0xE9, .. "\n---\n"u8];

        var (text, line) = StrictUtf8.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(2, line);
    }
}
