using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Schemas;

/// <summary>
/// Issue 4: the JSON Schemas in schemas/ (what editors check as you type) and the C# validator (what <c>check</c> and the
/// build enforce) agree. Every valid fixture and every real content file passes both; every invalid fixture (one per rule)
/// fails both. The few places where they cannot agree are listed in <see cref="KnownDifferences"/> with the reason, and
/// each one is tested to still differ in the stated direction, so the list cannot go stale.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly string Fixtures = RepositoryPaths.Fixture("schema");

    /// <summary>Fixture (kind/name) → whether the schema and the validator accept it, and why they differ.</summary>
    public static readonly IReadOnlyDictionary<string, (bool Schema, bool Validator, string Reason)> KnownDifferences =
        new Dictionary<string, (bool, bool, string)>
        {
            ["entry/impossible-date"] = (true, false,
                "2026-02-30 has the shape of a date; a regular expression cannot know month lengths and leap years, the validator does"),
            ["entry/number-as-text"] = (false, true,
                "'summary: 2026' is the number 2026 to an editor (YAML 1.2), so the schema asks for text; the validator reads every value's text and accepts it"),
            ["entry/optional-field-left-empty"] = (false, true,
                "'updated:' with no value is null; the validator treats an empty optional field as absent, the schema asks the editor to fill or delete it"),
            ["entry/interval-ends-before-it-starts"] = (true, false,
                "2026-07-10/2026-07-04 has the shape of an EDTF interval; comparing its two dates is beyond a regular expression, the validator does it"),
            ["entry/impossible-date-in-interval"] = (true, false,
                "../2026-02-30 has the shape of an open interval; a regular expression cannot know month lengths, the validator does"),
            ["page/reserved-slug"] = (true, false,
                "a page's slug is its file name, which a schema of the front matter never sees; the validator refuses names the generator uses"),
            ["entry/unknown-party"] = (true, false,
                "whether input/parties/nobody.md exists is a cross-file fact no single-file schema can know"),
        };

    public static TheoryData<string, string> Valid() => Cases("valid");

    public static TheoryData<string, string> Invalid() => Cases("invalid");

    public static TheoryData<string, string> Differ() => Cases("differ");

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_valid_fixture_passes_the_schema_and_the_validator(string kind, string name)
    {
        var (schemaErrors, validatorErrors) = Judge(kind, name, "valid");
        Assert.True(schemaErrors.Count == 0, $"schema rejected {kind}/{name}: {string.Join("; ", schemaErrors)}");
        Assert.True(validatorErrors.Count == 0, $"validator rejected {kind}/{name}: {string.Join("; ", validatorErrors)}");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_fixture_fails_the_schema_and_the_validator(string kind, string name)
    {
        var (schemaErrors, validatorErrors) = Judge(kind, name, "invalid");
        Assert.True(schemaErrors.Count > 0, $"the schema accepts {kind}/{name}, the validator says: {string.Join("; ", validatorErrors)}");
        Assert.True(validatorErrors.Count > 0, $"the validator accepts {kind}/{name}, the schema says: {string.Join("; ", schemaErrors)}");
    }

    [Theory]
    [MemberData(nameof(Differ))]
    public void A_known_difference_still_differs_as_documented(string kind, string name)
    {
        Assert.True(KnownDifferences.TryGetValue($"{kind}/{name}", out var expected), $"{kind}/{name} is in differ/ but not in KnownDifferences");
        var (schemaErrors, validatorErrors) = Judge(kind, name, "differ");
        Assert.True(expected.Schema == (schemaErrors.Count == 0),
            $"{kind}/{name}: expected the schema to {(expected.Schema ? "accept" : "reject")} it ({expected.Reason}); it said: {string.Join("; ", schemaErrors)}. If they agree now, move the fixture to valid/ or invalid/.");
        Assert.True(expected.Validator == (validatorErrors.Count == 0),
            $"{kind}/{name}: expected the validator to {(expected.Validator ? "accept" : "reject")} it ({expected.Reason}); it said: {string.Join("; ", validatorErrors)}. If they agree now, move the fixture to valid/ or invalid/.");
    }

    [Fact]
    public void Every_known_difference_has_a_fixture()
    {
        foreach (var key in KnownDifferences.Keys)
        {
            var (kind, name) = (key.Split('/')[0], key.Split('/')[1]);
            Assert.True(File.Exists(Path.Combine(Fixtures, kind, "differ", name + Extension(kind))), $"no fixture for the known difference {key}");
        }
    }

    public static TheoryData<string, string> RealContent()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "entries"), "*.md", SearchOption.AllDirectories).Order())
            data.Add("entry", Path.GetRelativePath(RepositoryPaths.Root, file));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "parties"), "*.md").Order())
            data.Add("party", Path.GetRelativePath(RepositoryPaths.Root, file));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "pages"), "*.md").Order())
            data.Add("page", Path.GetRelativePath(RepositoryPaths.Root, file));
        data.Add("site", "input/site.yml");
        return data;
    }

    [Theory]
    [MemberData(nameof(RealContent))]
    public void Every_real_content_file_passes_the_schema(string kind, string path)
    {
        var errors = SchemaCheck.Errors(kind, File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)), path.EndsWith(".md", StringComparison.Ordinal));
        Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void The_real_content_passes_the_validator()
    {
        var result = SiteBuild.InMemory(new Explainer.Build.BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static (IReadOnlyList<string> Schema, IReadOnlyList<string> Validator) Judge(string kind, string name, string verdict)
    {
        var text = File.ReadAllText(Path.Combine(Fixtures, kind, verdict, name + Extension(kind)));
        var schemaErrors = SchemaCheck.Errors(kind, text, kind != "site");

        // The validator is the whole generator over the minimal test site with the fixture added (or, for site.yml, swapped in),
        // so cross-file rules (unknown party, a party listed twice) count as well.
        using var folder = new TempFolder();
        // A page fixture named reserved-slug is published under a slug the generator uses, to test that rule.
        var path = kind switch
        {
            "entry" => $"entries/2026/{name}.md",
            "party" => $"parties/{name}.md",
            "page" => name == "reserved-slug" ? "pages/timeline.md" : $"pages/{name}.md",
            _ => "site.yml",
        };
        var result = SiteBuild.Generate(folder, new Dictionary<string, string> { [path] = text });
        var validatorErrors = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        return (schemaErrors, validatorErrors);
    }

    private static string Extension(string kind) => kind == "site" ? ".yml" : ".md";

    private static TheoryData<string, string> Cases(string verdict)
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "entry", "party", "site", "page" })
        {
            var folder = Path.Combine(Fixtures, kind, verdict);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                data.Add(kind, Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }
}
