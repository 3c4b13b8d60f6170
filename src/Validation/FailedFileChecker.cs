using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;

namespace Explainer.Validation;

/// <summary>
/// Checks what can still be checked in entry and party files whose front matter has errors (and so never became records):
/// their Markdown (unsafe HTML, unsafe or broken links) and an entry's party references. Without this a contributor
/// fixes the front matter only to meet a second round of errors.
/// </summary>
public static class FailedFileChecker
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<InternalLink> Links);

    public static Result Check(IEnumerable<InputFile> failedEntries, IEnumerable<InputFile> failedParties,
        MarkdownRenderer markdown, IReadOnlySet<string> partyIds, string inputFolder = "input")
    {
        var diagnostics = new List<Diagnostic>();
        var links = new List<InternalLink>();
        foreach (var (file, isEntry) in failedEntries.Select(f => (f, true)).Concat(failedParties.Select(f => (f, false))))
        {
            // The file's own problems were reported when it was parsed; this pass collects only what that could not reach.
            var (frontMatter, fields, _) = FrontMatterReader.Read(file, [], "the entry");
            if (frontMatter is null) continue;

            // Its page is not built, so links to parts of it are not checked.
            var body = markdown.Render(frontMatter.Body, file.DisplayPath, frontMatter.BodyFirstLine).OnPage(null);
            diagnostics.AddRange(body.Diagnostics);
            links.AddRange(body.Links);
            if (isEntry && fields is not null) diagnostics.AddRange(UnknownParties(fields, partyIds, inputFolder));
        }
        return new Result(diagnostics, links);
    }

    private static IEnumerable<Diagnostic> UnknownParties(YamlFields fields, IReadOnlySet<string> partyIds, string inputFolder) =>
        fields.StringList("parties", false, "parties: [alibaba]")
            .Where(p => !partyIds.Contains(p.Value))
            .Select(p => CrossReferenceValidator.UnknownParty(new Reference(p.Value, p.Location), partyIds, inputFolder));
}
