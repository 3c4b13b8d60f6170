using System.Text;
using Explainer.Data;

namespace Explainer.Tests.Data;

/// <summary>Issue 12: CSV cells are quoted as RFC 4180 says and never start like a formula (OWASP CSV injection).</summary>
public class CsvCellTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("  =1", "'  =1")]
    [InlineData("＝1", "'＝1")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("a-b = c", "a-b = c")]
    [InlineData("2026-07-10", "2026-07-10")]
    [InlineData("", "")]
    public void Cells_are_quoted_and_neutralised(string text, string expected)
    {
        var row = new StringBuilder();
        CsvCell.Append(row, text);
        Assert.Equal(expected, row.ToString());
    }

    /// <summary>Rows are encoded from the builder's chunks: a surrogate pair split between two chunks stays one character.</summary>
    [Fact]
    public void A_row_is_encoded_whole_across_the_builders_chunks()
    {
        var random = new Random(20261203);
        string[] pieces = ["ab", "\uD83D", "\uDE00", "é", "中", "🚫", ",", "\"", "\r\n", "\uD800"];
        for (var n = 0; n < 500; n++)
        {
            // A small first chunk and many appends: the builder grows chunk by chunk, splitting text anywhere.
            var row = new System.Text.StringBuilder(random.Next(1, 8));
            var whole = new System.Text.StringBuilder();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                var piece = System.Text.RegularExpressions.Regex.Unescape(pieces[random.Next(pieces.Length)]);
                row.Append(piece);
                whole.Append(piece);
            }
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(whole.ToString()), Explainer.Data.EntriesCsv.Utf8(row));
        }
    }
}
