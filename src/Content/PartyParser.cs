using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Turns a party file into a <see cref="Party"/>, or into diagnostics naming every problem in it.</summary>
public static class PartyParser
{
    public static (Party? Party, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var (frontMatter, fields, error) = FrontMatterReader.Read(file, diagnostics, "the party");
        if (fields is null) return (null, [error!]);
        fields.RejectUnknownKeys(FieldNames.Party);

        var id = file.Name;
        if (!Slug.IsValid(id))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, new SourceLocation(file.DisplayPath, 1, 1),
                $"the file name '{id}.md' is not a valid party id", $"party ids are {Slug.Rule}; {Slug.Suggestion(id, "rename the file to {0}.md")}"));
        }

        var name = fields.Headline("name", true, "name: Alibaba Group");
        var kind = EnumField.Read<PartyKind>(fields, "kind", true, "kind: company");
        var summary = fields.String("summary", true, "summary: A Chinese e-commerce and cloud computing company.");
        var country = ReadCountry(fields);
        var website = EntryParser.ReadUrl(fields, "website");
        var owner = fields.String("owner", false, "owner: alibaba");
        var sources = SharedFields.Sources(fields, false);
        var updated = fields.Date("updated", false, "updated: 2026-07-05");
        var corrections = SharedFields.Corrections(fields);

        if (diagnostics.HasErrors() || name is null || kind is null || summary is null
            || sources.Any(s => s is null) || corrections.Any(c => c is null)) return (null, diagnostics);

        var party = new Party(id, name, kind.Value, summary, country, website,
            owner is null ? null : new Reference(owner, fields.LocationOf("owner")),
            frontMatter!.Body, frontMatter.BodyFirstLine, new SourceLocation(file.DisplayPath, 1, 1), file.RelativePath)
        {
            Sources = sources.Select(s => s!).ToList(),
            Updated = updated,
            Corrections = corrections.Select(c => c!).ToList(),
        };
        return (party, diagnostics);
    }

    private static string? ReadCountry(YamlFields fields)
    {
        var country = fields.String("country", false, "country: CN");
        if (country is null || CountryCodes.IsValid(country)) return country;
        fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("country"),
            $"'{country}' is not an ISO 3166-1 alpha-2 country code",
            CountryCodes.IsValid(country.ToUpperInvariant()) ? $"write it in capitals: {country.ToUpperInvariant()}" : "use two capital letters, e.g. CN, US, GB"));
        return null;
    }
}
