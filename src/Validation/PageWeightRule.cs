using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Validation;

/// <summary>
/// Lists are split so that no list page passes <see cref="BudgetBytes"/>, but an entry's, party's or standalone page's own text
/// is all on its page: a 1 MB entry file makes a page a phone opens slowly. Its text alone passing the budget means its page
/// does too, whatever the theme puts around it, so that is when the writer is told, at the file, with the way out.
/// </summary>
/// <remarks>Judged from the rendered text, not the rendered page: preview renders only the pages a save changes, and a warning
/// that came and went with them would say different things about the same file.</remarks>
public static class PageWeightRule
{
    /// <summary>The most an HTML page should weigh (issue 10's budget, which list pages keep by design: <see cref="Pages.ListLimits"/>).</summary>
    public const int BudgetBytes = 300 * 1024;

    /// <param name="what">What the file is, as the message names it ("this entry").</param>
    /// <param name="location">Where the warning points: the file's first line.</param>
    /// <param name="html">Every piece of the file's rendered text that its page shows.</param>
    /// <param name="hint">How to make it lighter.</param>
    public static IReadOnlyList<Diagnostic> Check(string what, SourceLocation location, IEnumerable<string> html, string hint)
    {
        var parts = html.ToList();
        // A character is at most 3 bytes of UTF-8: nearly every text is far too short to matter, and is not read to count them.
        if (parts.Sum(p => (long)p.Length) * 3 <= BudgetBytes) return [];
        var bytes = parts.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        if (bytes <= BudgetBytes) return [];
        return
        [
            Diagnostic.Warning(DiagnosticCodes.HeavyPage, location,
                $"the text of {what} is {bytes / 1024:N0} KB of HTML, so its page passes {BudgetBytes / 1024} KB and opens slowly on a phone",
                hint),
        ];
    }

    public const string SplitEntry = "split it into several entries (one event each), or shorten it and cite the long material as a source";

    public const string Shorten = "shorten it, and cite or link to the long material instead";
}
