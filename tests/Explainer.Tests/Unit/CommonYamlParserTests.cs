using System.Text;
using CsCheck;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Explainer.Tests.Unit;

/// <summary>
/// The fast reader of common front matter must give exactly YamlDotNet's events (values, styles, positions) for every text it
/// accepts, and leave everything else to YamlDotNet. Checked on the project's own entries, on generated front matter, and on
/// generated front matter with tricky characters inserted anywhere.
/// </summary>
public class CommonYamlParserTests
{
    [Fact]
    public void The_projects_own_front_matter_is_read_fast_and_exactly_as_YamlDotNet_reads_it()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Input, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var (frontMatter, _) = FrontMatterSplitter.Split(new InputFile(path, Path.GetFileName(path), text));
            Assert.NotNull(frontMatter);
            // Read where it lies in the file, as the build reads it.
            var fast = CommonYamlParser.TryParse(frontMatter.Text, frontMatter.YamlStart, frontMatter.YamlLength);
            Assert.True(fast is not null, $"{path}: the common reader left this front matter to YamlDotNet");
            Assert.Equal(FullParser(frontMatter.Yaml), fast.Select(Describe).ToList());
        }
    }

    [Fact]
    public void Generated_front_matter_it_accepts_gives_YamlDotNets_events()
    {
        var accepted = 0;
        var tried = 0;
        Document.Sample(yaml =>
        {
            Interlocked.Increment(ref tried);
            if (CommonYamlParser.TryParse(yaml) is not { } fast) return;
            Interlocked.Increment(ref accepted);
            Assert.Equal(FullParser(yaml), fast.Select(Describe).ToList());
            // The same text inside a file, read in place: the same events, positions counted from the front matter's start.
            var file = "---\n" + yaml + "---\nThe body.\n";
            Assert.Equal(fast.Select(Describe), CommonYamlParser.TryParse(file, 4, yaml.Length)!.Select(Describe));
        }, iter: 4000);
        // Most generated documents are of the common shape: a reader that refused everything would pass the check above.
        Assert.True(accepted > tried / 5, $"only {accepted} of {tried} generated documents were read by the common reader");
    }

    [Fact]
    public void Front_matter_with_tricky_characters_inserted_is_either_left_to_YamlDotNet_or_read_as_it_reads_it()
    {
        var accepted = 0;
        Gen.Select(Document, Gen.Int[0, 10_000], Gen.Int[0, Tricky.Length - 1]).Sample((yaml, at, which) =>
        {
            var mutated = yaml.Insert(at % (yaml.Length + 1), Tricky[which]);
            if (CommonYamlParser.TryParse(mutated) is not { } fast) return;
            Interlocked.Increment(ref accepted);
            Assert.Equal(FullParser(mutated), fast.Select(Describe).ToList());
        }, iter: 6000);
        Assert.True(accepted > 300, $"only {accepted} mutated documents were read by the common reader");
    }

    /// <summary>
    /// The tree the common reader builds is the tree YamlDotNet's node model gives for the same text (values, styles, positions,
    /// order); where YamlDotNet refuses a key given twice, no tree is built, so the full parser reports it.
    /// </summary>
    [Fact]
    public void The_common_readers_tree_is_YamlDotNets_node_model()
    {
        var built = 0;
        var repeated = 0;
        Document.Sample(yaml =>
        {
            if (CommonYamlParser.TryParse(yaml) is null) return;
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            try
            {
                stream.Load(new Parser(new StringReader(yaml)));
            }
            catch (YamlException e) when (e.Message.Contains("Duplicate key", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref repeated);
                Assert.Null(CommonYamlParser.TryRead(yaml, 0, yaml.Length));
                return;
            }
            Interlocked.Increment(ref built);
            Assert.Equal(Tree(YamlTree.FromNode(stream.Documents[0].RootNode)), Tree(CommonYamlParser.TryRead(yaml, 0, yaml.Length)));
            // Inside a file, read in place: the same tree, positions counted from the front matter's start.
            Assert.Equal(Tree(CommonYamlParser.TryRead(yaml, 0, yaml.Length)), Tree(CommonYamlParser.TryRead("---\n" + yaml + "---\n", 4, yaml.Length)));
        }, iter: 4000);
        Assert.True(built > 500 && repeated > 50, $"{built} documents built, {repeated} with a key given twice");
    }

    private static string Tree(YamlValue? value) => value switch
    {
        YamlText t => $"'{t.Value}' {t.Style} tagged={t.Tagged} @{t.Line}:{t.Column}",
        YamlList l => $"[@{l.Line}:{l.Column} {string.Join(", ", l.Items.Select(Tree))}]",
        YamlMap m => $"{{@{m.Line}:{m.Column} {string.Join(", ", m.Pairs.Select(p => Tree(p.Key) + ": " + Tree(p.Value)))}}}",
        _ => "none",
    };

    [Fact]
    public void A_key_given_twice_is_still_reported_by_the_full_parser()
    {
        var (root, error) = YamlLoader.LoadMapping("event: a\nevent: b\n", "entries/x.md", 2);

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal(3, error.Location.Line);
    }

    [Theory]
    [InlineData(32, false, true)]
    [InlineData(31, true, true)]
    [InlineData(32, true, false)]
    [InlineData(33, false, false)]
    public void Nesting_is_limited_as_the_guarded_parser_limits_it(int mappings, bool listAtTheBottom, bool allowed)
    {
        // Each level is a mapping one space further in; the deepest holds a value, or a [list] that is one level more.
        var yaml = new StringBuilder("top:\n");
        for (var level = 1; level < mappings; level++) yaml.Append(' ', level).Append("k:").Append(level == mappings - 1 ? (listAtTheBottom ? " [a]" : " v") : "").Append('\n');

        var (root, error) = YamlLoader.LoadMapping(yaml.ToString(), "entries/x.md", 2);

        Assert.Equal(allowed, root is not null);
        if (!allowed) Assert.Contains("nested more than", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, true)]   // ~74,000 values: within the limit
    [InlineData(5, false)]  // ~670,000
    [InlineData(8, false)]  // ~480 million: took 27 s and 6.7 GB before the limit
    public void Aliases_may_not_expand_front_matter_past_the_value_limit(int levels, bool allowed)
    {
        // Each level lists the previous one nine times: a few lines that expand nine-fold per line.
        var yaml = new StringBuilder("event: x\na0: &a0 [x,x,x,x,x,x,x,x,x]\n");
        for (var level = 1; level <= levels; level++)
            yaml.Append($"a{level}: &a{level} [{string.Join(',', Enumerable.Repeat($"*a{level - 1}", 9))}]\n");

        var (root, error) = YamlLoader.LoadMapping(yaml.ToString(), "entries/x.md", 2);

        Assert.Equal(allowed, root is not null);
        if (!allowed)
        {
            Assert.Equal(DiagnosticCodes.TooLong, error!.Code);
            Assert.Equal((4, 10), (error.Location.Line, error.Location.Column)); // the first alias, on the file's third line of YAML
        }
    }

    [Theory]
    [InlineData(31, true)]  // the document itself, then 31 lists: 32 levels, as deep as a file may nest without aliases
    [InlineData(32, false)]
    [InlineData(20_000, false)] // an alias of an alias of …: the tree's walkers recurse once per level
    public void An_alias_nests_as_deep_as_the_value_it_repeats(int chain, bool allowed)
    {
        var yaml = new StringBuilder("event: x\nc0: &c0 [x]\n");
        for (var link = 1; link < chain; link++) yaml.Append($"c{link}: &c{link} [*c{link - 1}]\n");

        var (root, error) = YamlLoader.LoadMapping(yaml.ToString(), "entries/x.md", 2);

        Assert.Equal(allowed, root is not null);
        if (!allowed) Assert.Contains("nest more than 32 levels", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_within_the_limits_read_as_the_values_they_repeat()
    {
        var (root, error) = YamlLoader.LoadMapping("source: &s {title: T, publisher: P}\nsources: [*s, *s]\n", "entries/x.md", 2);

        Assert.Null(error);
        var sources = Assert.IsType<YamlList>(root!.Find("sources"));
        Assert.All(sources.Items, s => Assert.Equal("P", ((YamlText)((YamlMap)s).Find("publisher")!).Value));
    }

    private static readonly string[] Tricky =
    [
        " ", "  ", "\n", "\n\n", "-", "- ", ":", ": ", "#", " #", "'", "\"", "\\", "\\n", "[", "]", ",", "{", "}", "&a ", "*a", "!", "|", ">", "?",
        "%", "@", "`", "\t", "\r", "\u0085", "\u2028", "\uFEFF", "é", "x", "---", "...", "  - ", "\n  ", "\n- ", "\nk: v", "'' ", "\"\"",
    ];

    private static readonly string[] Words =
    [
        "plain", "two words", "2026-07-10", "true", "null", "~", "C#", "a, b", "it's", "say \"hi\"", "https://example.org/a?b=c#d", "[x] y", "x [y]",
        "é ü 中文", "a  b", "ends:", "x: y", "#tag", "-1", "1.5", "a:b", "100%", "50 KB", "{x}", "q?", "(note)", "a/b", "under_score",
    ];

    private static readonly string[] Keys = ["event", "date", "parties", "tags", "summary", "sources", "title", "url", "question", "answer", "a", "k2", "snake_key", "dash-key"];

    private static readonly Gen<string> Key = Gen.Int[0, Keys.Length - 1].Select(i => Keys[i]);

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Int[0, Words.Length - 1].Select(i => Words[i]),
        Gen.Int[0, Words.Length - 1].Select(i => "\"" + Words[i].Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""),
        Gen.Int[0, Words.Length - 1].Select(i => "'" + Words[i].Replace("'", "''") + "'"),
        Gen.Const("\"a\\/b\""), Gen.Const("\"tab\\tx\""), Gen.Const("\"\\u00e9\""), Gen.Const("''"), Gen.Const("\"\""));

    private static readonly Gen<string> Flow = Gen.OneOf(
            Gen.Int[0, Words.Length - 1].Select(i => Words[i]),
            Gen.Const("a-b"), Gen.Const("x.y"), Gen.Const("\"q r\""), Gen.Const("'s'"))
        .Array[0, 4].Select(Gen.OneOf(Gen.Const(", "), Gen.Const(","), Gen.Const(" , ")), Gen.Bool,
            (items, separator, padded) => padded ? "[ " + string.Join(separator, items) + " ]" : "[" + string.Join(separator, items) + "]");

    // A front matter document: a block mapping whose values are scalars, [flow] lists, nested mappings or lists (of scalars or
    // mappings), written with varied indentation, blank lines and trailing spaces.
    private static readonly Gen<string> Document = Gen.Int[0, int.MaxValue].Select(seed =>
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        WriteMapping(text, random, 0, depth: 0, firstLinePrefix: null);
        return text.ToString();
    });

    private static void WriteMapping(StringBuilder text, Random random, int indent, int depth, string? firstLinePrefix)
    {
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 && firstLinePrefix is not null ? firstLinePrefix : new string(' ', indent));
            text.Append(Keys[random.Next(Keys.Length)]).Append(':');
            var kind = depth >= 3 ? random.Next(3) : random.Next(7);
            switch (kind)
            {
                case 0 or 1:
                    text.Append(' ', random.Next(8) == 0 ? 3 : 1).Append(Sample(Scalar, random)).Append(random.Next(8) == 0 ? "  " : "").Append('\n');
                    break;
                case 2:
                    text.Append(' ').Append(Sample(Flow, random)).Append('\n');
                    break;
                case 3:
                    text.Append(random.Next(6) == 0 ? "  " : "").Append('\n');
                    break;
                case 4:
                    text.Append('\n');
                    WriteMapping(text, random, indent + random.Next(1, 4), depth + 1, null);
                    break;
                default:
                    text.Append('\n');
                    var dash = indent + (random.Next(3) == 0 ? 0 : 2);
                    var items = random.Next(1, 4);
                    for (var j = 0; j < items; j++)
                    {
                        if (random.Next(2) == 0) text.Append(new string(' ', dash)).Append("- ").Append(Sample(Scalar, random)).Append('\n');
                        else WriteMapping(text, random, dash + 2, depth + 1, new string(' ', dash) + "- ");
                    }
                    break;
            }
            if (random.Next(10) == 0) text.Append('\n');
        }
    }

    private static string Sample(Gen<string> gen, Random random) => gen.Generate(new PCG((uint)random.Next()), null, out _);

    private static List<string>? FullParser(string yaml)
    {
        var events = new List<string>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext()) events.Add(Describe(parser.Current!));
            return events;
        }
        catch (Exception e)
        {
            return [$"YamlDotNet refused it: {e.Message}"];
        }
    }

    private static string Describe(ParsingEvent e)
    {
        var what = e switch
        {
            Scalar s => $"'{s.Value}' {s.Style} plain-implicit={s.IsPlainImplicit} quoted-implicit={s.IsQuotedImplicit} key={s.IsKey} tag={s.Tag} anchor={s.Anchor}",
            MappingStart m => $"{m.Style} implicit={m.IsImplicit} tag={m.Tag} anchor={m.Anchor}",
            SequenceStart q => $"{q.Style} implicit={q.IsImplicit} tag={q.Tag} anchor={q.Anchor}",
            DocumentStart d => $"implicit={d.IsImplicit} version={d.Version} tags={string.Join(" ", d.Tags?.Select(t => t.Handle + "=" + t.Prefix) ?? [])}",
            DocumentEnd d => $"implicit={d.IsImplicit}",
            _ => "",
        };
        return $"{e.GetType().Name} {e.Start.Index}@{e.Start.Line}:{e.Start.Column}-{e.End.Index}@{e.End.Line}:{e.End.Column} {what}";
    }
}
