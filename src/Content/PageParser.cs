using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Turns a standalone page file (input/pages/&lt;slug&gt;.md) into a <see cref="Page"/>, or into diagnostics naming every problem in it.</summary>
public static class PageParser
{
    public static (Page? Page, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var (frontMatter, fields, error) = FrontMatterReader.Read(file, diagnostics, "the page");
        if (fields is null) return (null, [error!]);
        fields.RejectUnknownKeys(FieldNames.Page);

        var slug = file.Name;
        if (!Slug.IsValid(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, new SourceLocation(file.DisplayPath, 1, 1),
                $"the file name '{slug}.md' is not a valid page slug", $"page slugs are {Slug.Rule}; {Slug.Suggestion(slug, "rename the file to {0}.md")}"));
        }
        var title = fields.String("title", true, "title: About this site");
        var summary = fields.String("summary", true, "summary: What this site is and who maintains it.");
        var order = ReadOrder(fields);
        var footer = ReadFooter(fields);
        var updated = fields.Date("updated", false, "updated: 2026-07-05");

        if (diagnostics.HasErrors() || title is null || summary is null) return (null, diagnostics);
        if (string.IsNullOrWhiteSpace(frontMatter!.Body))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyBody, new SourceLocation(file.DisplayPath, frontMatter.BodyFirstLine, 1),
                "the page has no text", "write the page's text in Markdown below the closing ---"));
            return (null, diagnostics);
        }
        return (new Page(slug, title, summary, order, footer, updated, frontMatter.Body, frontMatter.BodyFirstLine,
            new SourceLocation(file.DisplayPath, 1, 1), file.RelativePath), diagnostics);
    }

    private static int ReadOrder(YamlFields fields)
    {
        var text = fields.String("order", false, "order: 10");
        if (text is null) return 100;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) && order is >= 0 and <= 1000) return order;
        fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("order"),
            $"'order' must be a whole number from 0 to 1000, not '{text}'", "write e.g. order: 10 (lower numbers come first in the footer)"));
        return 100;
    }

    private static bool ReadFooter(YamlFields fields)
    {
        var text = fields.String("footer", false, "footer: false");
        if (text is null or "true") return true;
        if (text == "false") return false;
        fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("footer"),
            $"'footer' must be true or false, not '{text}'", "write footer: false to leave the page out of the footer"));
        return true;
    }
}
