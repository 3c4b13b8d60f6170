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
}
