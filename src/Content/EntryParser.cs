using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Turns an entry file into an <see cref="Entry"/>, or into diagnostics naming every problem in it.</summary>
public static class EntryParser
{
    public static (Entry? Entry, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var (frontMatter, fields, error) = FrontMatterReader.Read(file, diagnostics, "the entry");
        if (fields is null) return (null, [error!]);
        fields.RejectUnknownKeys(FieldNames.Entry);

        var slug = ReadSlug(file, fields);
        var headline = fields.Headline("event", true, "event: Alibaba bans employees from using Claude Code");
        var date = fields.Date("date", true, "date: 2026-07-10");
        var parties = fields.StringList("parties", true, "parties: [alibaba, anthropic]");
        var summary = fields.String("summary", true, "summary: One or two plain sentences.");
        var tags = fields.StringList("tags", false, "tags: [corporate-policy]");
        var status = ReadStatus(fields);
        var sources = SharedFields.Sources(fields, true);
        var faq = fields.MappingList("faq", false, "FAQ item", "faq: [{question: What is Qoder?, answer: …}]")
            .Select(ReadFaqItem).ToList();
        var published = fields.Date("published", false, "published: 2026-07-05");
        var updated = fields.Date("updated", false, "updated: 2026-07-05");
        var corrections = SharedFields.Corrections(fields);

        foreach (var (tag, location) in tags.Where(t => !Slug.IsValid(t.Value)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, location,
                $"the tag '{tag}' is not a valid tag", $"tags are {Slug.Rule}; {Slug.Suggestion(tag)}"));
        }

        if (diagnostics.HasErrors() || slug is null || headline is null || date is null || summary is null
            || sources.Any(s => s is null) || faq.Any(f => f is null) || corrections.Any(c => c is null))
        {
            return (null, diagnostics);
        }

        var entry = new Entry(
            slug, headline, date,
            parties.Select(p => new Reference(p.Value, p.Location)).ToList(),
            summary,
            tags.Select(t => new Reference(t.Value, t.Location)).ToList(),
            status ?? EntryStatus.Reported,
            sources.Select(s => s!).ToList(),
            faq.Select(f => f!).ToList(),
            updated,
            frontMatter!.Body, frontMatter.BodyFirstLine,
            new SourceLocation(file.DisplayPath, 1, 1), file.RelativePath)
        {
            Published = published,
            Corrections = corrections.Select(c => c!).ToList(),
        };
        return (entry, diagnostics);
    }

    private static string? ReadSlug(InputFile file, YamlFields fields)
    {
        var fromName = file.Name;
        var explicitSlug = fields.String("slug", false, "slug: alibaba-bans-claude-code");
        var slug = explicitSlug ?? fromName;
        if (Slug.IsValid(slug)) return slug;

        var location = explicitSlug is null ? new SourceLocation(file.DisplayPath, 1, 1) : fields.LocationOf("slug");
        var what = explicitSlug is null ? $"the file name '{fromName}.md' is not a valid slug" : $"the slug '{slug}' is not valid";
        fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidSlug, location, what,
            $"slugs are {Slug.Rule}; {Slug.Suggestion(slug, "rename the file or set slug: {0}")}"));
        return null;
    }

    private static EntryStatus? ReadStatus(YamlFields fields) =>
        EnumField.Read<EntryStatus>(fields, "status", false, "status: reported");

    private static FaqItem? ReadFaqItem(YamlFields item)
    {
        item.RejectUnknownKeys(FieldNames.Faq);
        var question = item.Headline("question", true, "question: What is Qoder?");
        var answer = item.String("answer", true, "answer: Alibaba's own coding assistant.");
        var formerly = item.StringList("formerly", false, "formerly: [What did Anthropic say?]");
        return question is null || answer is null ? null : new FaqItem(question, answer, TextAnchor.For(question), item.Location)
        {
            FormerAnchors = formerly.Select(f => TextAnchor.For(f.Value)).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            AnswerOrigin = item.OriginOf("answer"),
        };
    }

    /// <summary>Reads an optional http(s) URL; any other scheme (javascript:, data:, file:) is refused.</summary>
    public static string? ReadUrl(YamlFields fields, string key)
    {
        var url = fields.String(key, false, $"{key}: https://example.org/article");
        if (url is null) return null;
        var (isHttp, hasCredentials) = UrlRules.Inspect(url);
        if (!isHttp)
        {
            fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidUrl, fields.LocationOf(key),
                $"'{key}' is not an http(s) URL: '{url}'", "use a full address starting with https:// (or http://)"));
            return null;
        }
        if (hasCredentials)
        {
            // Never echo the secret back into logs or CI annotations.
            fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidUrl, fields.LocationOf(key),
                $"'{key}' carries a user name or password (user:password@); it would be published on every page",
                "remove the part before '@'; a public address never needs credentials"));
            return null;
        }
        return url;
    }
}
