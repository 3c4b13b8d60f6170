using System.Collections;
using System.Reflection;
using Explainer.Caching;
using Explainer.Content;
using Explainer.Markdown;
using Explainer.Tests.Support;

namespace Explainer.Tests.Caching;

/// <summary>A decoded entry must be indistinguishable from a parsed one, property by property, including properties added later.</summary>
public class EntryCodecTests
{
    public static TheoryData<string> Sites => ["repository", "fixture"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_property_of_every_entry_survives_a_round_trip(string site)
    {
        using var folder = new TempFolder();
        var input = site == "repository" ? RepositoryPaths.Input : Write(folder, CacheSite.WithErrors);
        var (loaded, _) = new InputLoader(input).Load();
        var markdown = new MarkdownRenderer("/explainer/");
        Assert.NotEmpty(loaded.Entries);

        foreach (var file in loaded.Entries)
        {
            var (entry, diagnostics) = EntryParser.Parse(file);
            Assert.NotNull(entry);
            var results = new EntryCodec.Results(entry, diagnostics, ContentRenderer.RenderEntry(entry, markdown), markdown.BasePath);

            var bytes = EntryCodec.Encode(file, results);
            Assert.NotNull(bytes);
            var decoded = EntryCodec.Decode(file, bytes);

            AssertSame(results, decoded, file.RelativePath);
        }
    }

    [Fact]
    public void The_fixture_exercises_what_it_claims_to()
    {
        using var folder = new TempFolder();
        var (loaded, _) = new InputLoader(Write(folder, CacheSite.WithErrors)).Load();
        var parsed = loaded.Entries.Select(f => EntryParser.Parse(f)).ToList();
        var markdown = new MarkdownRenderer("/");
        var hostile = ContentRenderer.RenderEntry(parsed.Single(p => p.Entry!.Slug == "hostile").Entry!, markdown);
        Assert.Contains(hostile.Parts, p => p.Diagnostics.Count > 0);
        var everything = parsed.Single(p => p.Entry!.Slug == "everything").Entry!;

        Assert.Equal(2, everything.Corrections.Count);
        Assert.NotEmpty(everything.Faq[0].FormerAnchors);
        Assert.NotNull(everything.Published);
        Assert.NotNull(everything.Updated);
        Assert.True(everything.Date.IsInterval);
        Assert.Contains(everything.Sources, s => s.Archived is not null);
        Assert.Contains(ContentRenderer.RenderEntry(everything, markdown).Parts, p => p.Links.Count > 0);
    }

    [Fact]
    public void Bytes_it_did_not_write_are_refused_not_misread()
    {
        using var folder = new TempFolder();
        var (loaded, _) = new InputLoader(Write(folder, CacheSite.Files)).Load();
        var file = loaded.Entries.First();
        var (entry, diagnostics) = EntryParser.Parse(file);
        var bytes = EntryCodec.Encode(file, new EntryCodec.Results(entry!, diagnostics, ContentRenderer.RenderEntry(entry!, new MarkdownRenderer("/")), "/"))!;

        Assert.ThrowsAny<Exception>(() => EntryCodec.Decode(file, bytes.AsMemory(0, bytes.Length / 2)));
        Assert.ThrowsAny<Exception>(() => EntryCodec.Decode(file, bytes.Append((byte)0).ToArray()));
    }

    private static string Write(TempFolder folder, IReadOnlyDictionary<string, string> files)
    {
        SiteBuild.WriteInput(folder, files);
        return folder["input"];
    }

    /// <summary>Compares every public property, recursively, lists item by item; reports the path of the first difference.</summary>
    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} against {actual ?? "null"}");
            return;
        }
        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or decimal)
        {
            Assert.True(Equals(expected, actual), $"{path}: '{expected}' against '{actual}'");
            return;
        }
        // Lists compare item by item: a parsed list may be an array where a decoded one is a List.
        if (expected is IEnumerable items)
        {
            var left = items.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: {left.Count} items against {right.Count}");
            for (var i = 0; i < left.Count; i++) AssertSame(left[i], right[i], $"{path}[{i}]");
            return;
        }
        Assert.True(type == actual.GetType(), $"{path}: {type.Name} against {actual.GetType().Name}");
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        foreach (var property in properties)
            AssertSame(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
    }
}
