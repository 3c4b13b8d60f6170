using System.CommandLine;
using Explainer.Content;
using Explainer.Model;
using Explainer.Scaffolding;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>What <c>new</c> was asked to create: an entry (event, date, parties) or, with a party id, a party.</summary>
public sealed record NewOptions(
    string InputFolder = "input",
    string? Event = null,
    string? Date = null,
    IReadOnlyList<string>? Parties = null,
    string? PartyId = null,
    string? Name = null,
    string? Kind = null)
{
    /// <summary>The entry's file name and address, instead of one made from the headline (needed when it has no Latin letter).</summary>
    public string? Slug { get; init; }
}

/// <summary>
/// <c>new</c>: scaffolds input/entries/YEAR/SLUG.md (or, with --party, input/parties/ID.md) with every field commented,
/// never overwriting a file. Missing answers are asked for in a terminal; with redirected input they are a usage error (exit 2).
/// </summary>
public static class NewCommand
{
    private static readonly Option<string> Input = new("--input") { Description = "Content folder", DefaultValueFactory = _ => "input" };
    private static readonly Option<string?> Event = new("--event") { Description = "The entry's headline, e.g. \"Alibaba bans employees from using Claude Code\"" };
    private static readonly Option<string?> Date = new("--date") { Description = "When it happened: YYYY-MM-DD, YYYY-MM or YYYY" };
    private static readonly Option<string?> Parties = new("--parties") { Description = "Comma-separated party ids, e.g. alibaba,anthropic" };
    private static readonly Option<string?> Party = new("--party") { Description = "Create a party with this id instead of an entry, e.g. qoder" };
    private static readonly Option<string?> Name = new("--name") { Description = "With --party: the party's name" };
    private static readonly Option<string?> Kind = new("--kind") { Description = "With --party: company, government, organization, product or person" };
    private static readonly Option<string?> SlugOption = new("--slug")
    {
        Description = "The entry's file name and address, e.g. alibaba-bans-claude-code (default: made from --event; needed when the headline has no Latin letters)",
    };

    public static Command Create()
    {
        var command = new Command("new", "Scaffold a new entry (or, with --party, a party) with every field explained.")
        {
            Input, Event, Date, Parties, Party, Name, Kind, SlugOption,
        };
        command.SetAction(result => Run(new NewOptions(
            result.GetValue(Input)!, result.GetValue(Event), result.GetValue(Date), SplitList(result.GetValue(Parties)),
            result.GetValue(Party), result.GetValue(Name), result.GetValue(Kind)) { Slug = result.GetValue(SlugOption) },
            interactive: !Console.IsInputRedirected));
        return command;
    }

    /// <param name="interactive">Whether missing answers may be asked for (a terminal on standard input).</param>
    public static int Run(NewOptions options, bool interactive)
    {
        var reporter = new ConsoleReporter();
        if (FolderOptions.Problem(options.InputFolder, "input") is { } problem)
        {
            reporter.Usage(problem);
            return ExitCodes.UsageError;
        }
        // Options of the other kind of file would be dropped without a word: the contributor meant something else.
        var mixed = options.PartyId is null
            ? new[] { ("--name", options.Name is not null), ("--kind", options.Kind is not null) }
            : new[] { ("--event", options.Event is not null), ("--date", options.Date is not null), ("--parties", options.Parties is { Count: > 0 }), ("--slug", options.Slug is not null) };
        if (mixed.Where(m => m.Item2).Select(m => m.Item1).ToList() is { Count: > 0 } stray)
        {
            reporter.Usage(options.PartyId is null
                ? $"{string.Join(" and ", stray)} describe a party; pass --party ID to make one (an entry takes --event, --date and --parties)"
                : $"--party makes a party, so {string.Join(", ", stray)} (an entry's) would be left out; make the entry and the party with two commands");
            return ExitCodes.UsageError;
        }
        return options.PartyId is null ? NewEntry(options, interactive, reporter) : NewParty(options, reporter);
    }

    private static int NewEntry(NewOptions options, bool interactive, ConsoleReporter reporter)
    {
        var knownParties = KnownParties(options.InputFolder);
        if (interactive) options = Ask(options, knownParties);

        var missing = new[] { ("--event", options.Event is null), ("--date", options.Date is null), ("--parties", options.Parties is not { Count: > 0 }) }
            .Where(m => m.Item2).Select(m => m.Item1).ToList();
        if (missing.Count > 0)
        {
            reporter.Usage($"missing {string.Join(", ", missing)} (standard input is not a terminal, so they cannot be asked for)");
            reporter.Info("Example: dotnet run -- new --event \"Alibaba bans Claude Code\" --date 2026-07-10 --parties alibaba,anthropic");
            return ExitCodes.UsageError;
        }

        var problem = EntryProblem(options);
        if (problem is not null)
        {
            reporter.Usage(problem);
            return ExitCodes.UsageError;
        }

        var date = EdtfDate.Parse(options.Date!).Date!;
        var slug = options.Slug ?? Slug.From(options.Event!);
        var path = ScaffoldPaths.Entry(options.InputFolder, date.Position.Year, slug);
        var clash = ExistingEntry(options.InputFolder, slug);
        if (clash is not null)
        {
            reporter.Usage($"an entry with the slug '{slug}' already exists: {PathDisplay.For(clash)} (edit it, or choose a different --event or --slug)");
            return ExitCodes.UsageError;
        }

        var text = EntryScaffold.Render(new EntryDraft(options.Event!.Trim(), date, options.Parties!),
            ScaffoldPaths.SchemaReference(options.InputFolder, path, "entry.schema.json"));
        if (!TryCreate(path, text, reporter)) return ExitCodes.UsageError;

        foreach (var party in options.Parties!.Where(p => !knownParties.Contains(p)))
            reporter.Warning($"there is no party '{party}' yet; create it with: dotnet run -- new --party {party}");
        reporter.Success(PathDisplay.For(Path.GetFullPath(path)));
        reporter.Info("Fill in the empty fields (summary and the source), then run: dotnet run -- check");
        return ExitCodes.Success;
    }

    private static int NewParty(NewOptions options, ConsoleReporter reporter)
    {
        var id = options.PartyId!;
        if (!Slug.IsValid(id))
        {
            reporter.Usage($"the party id '{id}' is not valid: ids are {Slug.Rule}; {InvalidPartyIdAdvice(options.InputFolder, id)}");
            return ExitCodes.UsageError;
        }
        PartyKind? kind = null;
        if (options.Kind is not null)
        {
            if (!Enum.GetNames<PartyKind>().Any(n => n.Equals(options.Kind, StringComparison.Ordinal) || n.ToLowerInvariant() == options.Kind))
            {
                reporter.Usage($"--kind must be one of {string.Join(", ", Enum.GetNames<PartyKind>().Select(n => n.ToLowerInvariant()))}, not '{options.Kind}'");
                return ExitCodes.UsageError;
            }
            kind = Enum.Parse<PartyKind>(options.Kind, ignoreCase: true);
        }

        var path = ScaffoldPaths.Party(options.InputFolder, id);
        var text = PartyScaffold.Render(new PartyDraft(id, options.Name?.Trim(), kind),
            ScaffoldPaths.SchemaReference(options.InputFolder, path, "party.schema.json"));
        if (!TryCreate(path, text, reporter)) return ExitCodes.UsageError;
        reporter.Success(PathDisplay.For(Path.GetFullPath(path)));
        reporter.Info("Fill in the empty fields, then run: dotnet run -- check");
        return ExitCodes.Success;
    }

    /// <summary>What to do about a party id that is not a slug: the id to use instead, or, when a party has that id already
    /// (<c>--party Alibaba</c> where parties/alibaba.md exists), where it is, rather than an offer that would be refused next.</summary>
    public static string InvalidPartyIdAdvice(string inputFolder, string id)
    {
        if (Slug.CanMakeFrom(id) && ScaffoldPaths.Party(inputFolder, Slug.From(id)) is var existing && File.Exists(existing))
            return $"the party '{Slug.From(id)}' already exists: {PathDisplay.For(Path.GetFullPath(existing))} (edit it instead)";
        return Slug.Suggestion(id);
    }

    private static string? EntryProblem(NewOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Event)) return "--event must not be empty";
        // What check would refuse in the file is refused here, before the file is written.
        if (options.Event.Any(char.IsControl)) return "--event must be one line, without control characters";
        if (options.Event.Trim().Length > InputLimits.MaxHeadlineLength)
            return $"--event is {options.Event.Trim().Length} characters long; a headline may have at most {InputLimits.MaxHeadlineLength} (the summary, filled in later, says more)";
        if (options.Slug is { } slug && !Slug.IsValid(slug))
            return $"--slug '{slug}' is not a slug ({Slug.Rule}); {Slug.Suggestion(slug)}";
        if (options.Slug is null && !options.Event.Any(char.IsAsciiLetterOrDigit))
            return $"--event '{options.Event}' has no Latin letters or digits to make a file name from; pass --slug with one in Latin letters (e.g. a translation: --slug alibaba-bans-claude-code)";
        var (_, dateProblem) = EdtfDate.Parse(options.Date!);
        if (dateProblem is not null) return $"--date: {dateProblem.Message} ({YamlFields.DateHint})";
        var bad = options.Parties!.FirstOrDefault(p => !Slug.IsValid(p));
        if (bad is not null) return $"--parties: '{bad}' is not a party id ({Slug.Rule}); {Slug.Suggestion(bad)}";
        var repeated = options.Parties!.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) return $"--parties lists '{repeated.Key}' twice";
        return null;
    }

    /// <summary>Creates the file only if nothing is there: CreateNew makes "refuses to overwrite" hold even against a race.</summary>
    private static bool TryCreate(string path, string text, ConsoleReporter reporter)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text.ReplaceLineEndings("\n"));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            reporter.Usage($"{PathDisplay.For(Path.GetFullPath(path))} already exists; it was left as it is (edit it instead)");
            return false;
        }
    }

    /// <summary>The entry file already named <paramref name="slug"/>, or one that takes it with a <c>slug:</c> line of its own.</summary>
    private static string? ExistingEntry(string inputFolder, string slug)
    {
        var entries = Path.Combine(inputFolder, "entries");
        if (!Directory.Exists(entries)) return null;
        var files = Directory.EnumerateFiles(entries, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var slugLine = new System.Text.RegularExpressions.Regex($"^slug:[ \\t]*([\"']?){System.Text.RegularExpressions.Regex.Escape(slug)}\\1[ \\t]*(#.*)?\\r?$",
            System.Text.RegularExpressions.RegexOptions.Multiline);
        return files.FirstOrDefault(f => Path.GetFileName(f) == slug + ".md")
            ?? files.FirstOrDefault(f => ReadableText(f) is { } text && text.Contains("slug:", StringComparison.Ordinal) && slugLine.IsMatch(text));
    }

    private static string? ReadableText(string path)
    {
        try
        {
            return new FileInfo(path).Length <= InputLimits.MaxTextFileBytes ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static HashSet<string> KnownParties(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, "parties");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
    }

    private static IReadOnlyList<string>? SplitList(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Asks, in a terminal, for whatever the options left out.</summary>
    private static NewOptions Ask(NewOptions options, IReadOnlySet<string> knownParties)
    {
        var console = AnsiConsole.Console;
        var headline = options.Event ?? console.Prompt(new TextPrompt<string>("Headline ([grey]what happened, in plain words[/]):")
            .Validate(t => string.IsNullOrWhiteSpace(t) ? ValidationResult.Error("Write a headline.") : ValidationResult.Success()));
        var date = options.Date ?? console.Prompt(new TextPrompt<string>("Date ([grey]YYYY-MM-DD, YYYY-MM or YYYY; 2026-03? uncertain, 2026-03~ about, ../2026-07-04 by[/]):")
            .Validate(t => EdtfDate.Parse(t).Problem is { } p ? ValidationResult.Error(Markup.Escape(p.Message)) : ValidationResult.Success()));
        var parties = options.Parties;
        if (parties is not { Count: > 0 })
        {
            parties = knownParties.Count > 0
                ? console.Prompt(new MultiSelectionPrompt<string>().Title("Parties involved ([grey]space to select, enter to confirm[/]):")
                    .AddChoices(knownParties.Order(StringComparer.Ordinal)))
                : SplitList(console.Prompt(new TextPrompt<string>("Party ids, comma-separated:")));
        }
        return options with { Event = headline, Date = date, Parties = parties };
    }
}
