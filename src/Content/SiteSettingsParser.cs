using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Content;

/// <summary>Turns input/site.yml into <see cref="SiteSettings"/>, or into diagnostics naming every problem in it.</summary>
public static class SiteSettingsParser
{
    /// <param name="inputFolder">The input folder as messages name it.</param>
    public static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(InputFile? file, string inputFolder = "input")
    {
        if (file is null)
        {
            return (null, [Diagnostic.Error(DiagnosticCodes.SiteSettingsMissing, new SourceLocation($"{inputFolder}/site.yml"),
                "there is no site.yml in the input folder",
                $"create {inputFolder}/site.yml with title, description, language, url and repository")]);
        }

        var diagnostics = new List<Diagnostic>();
        var (root, yamlError) = YamlLoader.LoadMapping(file.Text, file.DisplayPath, 1);
        // An empty site.yml is not front matter: name the fields a site needs, not an entry's.
        if (root is null && yamlError is { Code: DiagnosticCodes.MissingField })
            return (null, [yamlError with { Message = "site.yml is empty", Hint = "add the site's fields, e.g. 'title:', 'description:' and 'url:' (see README, \"Content model\")" }]);
        if (root is null) return (null, [yamlError!]);

        var fields = new YamlFields(root, file.DisplayPath, 1, diagnostics, "site.yml");
        fields.RejectUnknownKeys(FieldNames.Site);

        var title = fields.Headline("title", true, "title: AI Policy Explainer");
        var description = fields.String("description", true, "description: A sourced explainer of AI-policy events.");
        var language = fields.String("language", false, "language: en") ?? "en";
        if (!LanguageTag.IsWellFormed(language))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("language"),
                $"'language' is not a language tag: '{language}'; every page's lang attribute says it, and screen readers choose their voice by it",
                LanguageTag.Hint(language)));
        }
        var url = EntryParser.ReadUrl(fields, "url");
        if (url is not null && UrlRules.HasQueryOrFragment(url))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUrl, fields.LocationOf("url"),
                $"'url' has a ?query or #fragment: '{url}'; every page's address is built from it",
                "give the site's address only, e.g. url: https://owner.github.io/explainer/"));
            url = null;
        }
        var repository = EntryParser.ReadUrl(fields, "repository");
        var intro = fields.String("intro", false, "intro: Three plain sentences that tell the story so far.");
        var license = ReadLicense(fields);
        var tagLabels = ReadTagLabels(fields);
        if (url is null && !diagnostics.HasErrors())
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingField, fields.Location,
                "site.yml is missing the required field 'url'", "add the public address, e.g. url: https://owner.github.io/explainer/"));
        }

        if (diagnostics.HasErrors() || title is null || description is null || url is null) return (null, diagnostics);
        return (new SiteSettings(title, description, language, new Uri(url), repository?.TrimEnd('/')) { Intro = intro, License = license, TagNames = new TagNames(tagLabels) }, diagnostics);
    }

    /// <summary>
    /// <c>license:</c> as one SPDX id. A known one is named and linked; another well-formed id is kept with a warning (it may be
    /// a real licence this table lacks, or a typo); anything else (an expression, free text) is an error.
    /// </summary>
    private static ContentLicense? ReadLicense(YamlFields fields)
    {
        var id = fields.String("license", false, "license: CC-BY-4.0");
        if (id is null) return null;
        if (KnownLicenses.Find(id) is { } known) return known;
        if (!KnownLicenses.IsWellFormed(id))
        {
            fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("license"),
                $"'license' must be one SPDX licence id, not '{id}'",
                $"write the id alone, e.g. license: CC-BY-4.0 (ids: https://spdx.org/licenses/){Closest(id)}"));
            return null;
        }
        fields.Report(Diagnostic.Warning(DiagnosticCodes.UnknownLicense, fields.LocationOf("license"),
            $"'{id}' is not a licence this generator knows; pages and data files will name it as written and link https://spdx.org/licenses/{id}.html",
            $"check the id at https://spdx.org/licenses/{Closest(id)}"));
        return KnownLicenses.Unlisted(id);
    }

    /// <summary><c>tag_names:</c>, each key a valid tag id.</summary>
    private static IReadOnlyList<TagLabel> ReadTagLabels(YamlFields fields)
    {
        var labels = new List<TagLabel>();
        foreach (var (tag, name, location) in fields.TextMapping("tag_names", "tag_names: { eu-ai-act: EU AI Act }"))
        {
            if (Slug.IsValid(tag)) labels.Add(new TagLabel(tag, name, location));
            else fields.Report(Diagnostic.Error(DiagnosticCodes.InvalidSlug, location,
                $"the tag '{tag}' in 'tag_names' is not a valid tag", $"write the tag as entries do, {Slug.Rule}; {Slug.Suggestion(tag)}"));
        }
        return labels;
    }

    private static string Closest(string id) =>
        Suggestions.Closest(id, KnownLicenses.Ids) is { } closest ? $"; did you mean '{closest}'?" : "";
}
