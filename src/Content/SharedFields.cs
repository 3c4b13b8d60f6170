using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Fields entries and parties share: <c>sources:</c> and <c>corrections:</c>. A null item means that item had errors (already reported).</summary>
public static class SharedFields
{
    public static IReadOnlyList<Source?> Sources(YamlFields fields, bool required) =>
        fields.MappingList("sources", required, "source", "sources: [{title: …, publisher: …, published: 2026-07-04}]")
            .Select(ReadSource).ToList();

    public static IReadOnlyList<Correction?> Corrections(YamlFields fields) =>
        fields.MappingList("corrections", false, "correction", "corrections: [{date: 2026-07-12, text: The ban's start date was wrong.}]")
            .Select(ReadCorrection).ToList();

    private static Source? ReadSource(YamlFields source)
    {
        source.RejectUnknownKeys(FieldNames.Source);
        var title = source.String("title", true, "title: \"Alibaba to Ban Employees From Using Claude Code\"");
        var publisher = source.String("publisher", true, "publisher: BitcoinWorld");
        var published = source.Date("published", true, "published: 2026-07-04");
        var url = EntryParser.ReadUrl(source, "url");
        var archived = EntryParser.ReadUrl(source, "archived");
        return title is null || publisher is null || published is null
            ? null
            : new Source(title, publisher, published, url, archived, source.Location);
    }

    /// <summary>A correction is made on a known day: its date must be a plain YYYY-MM-DD.</summary>
    private static Correction? ReadCorrection(YamlFields correction)
    {
        correction.RejectUnknownKeys(FieldNames.Correction);
        var date = correction.Date("date", true, "date: 2026-07-12");
        var text = correction.String("text", true, "text: The ban's start date was given as 1 July; it is 10 July.");
        if (date is not null && date.ExactDay is null)
        {
            correction.Report(Diagnostic.Error(DiagnosticCodes.InvalidDate, correction.LocationOf("date"),
                $"a correction's date must be the day it was made, not '{date.Edtf}'", "write the day as YYYY-MM-DD, e.g. date: 2026-07-12"));
            return null;
        }
        return date is null || text is null ? null : new Correction(date.Start!.Value, text, correction.Location) { TextOrigin = correction.OriginOf("text") };
    }
}
