namespace Explainer.Scaffolding;

/// <summary>
/// The "Propose an entry" address: GitHub's new-file page in the repository's input/entries/, with the blank entry scaffold
/// filled in. A contributor without git or .NET writes the entry in the browser, and GitHub offers to fork and open a pull request.
/// </summary>
public static class ProposeEntryLink
{
    /// <summary>From input/entries/NAME.md, where the browser creates the file, to schemas/.</summary>
    private const string SchemaFromEntries = "../../schemas/entry.schema.json";

    /// <param name="repository">site.yml's repository, e.g. https://github.com/owner/explainer; empty gives empty.</param>
    public static string For(string repository) =>
        repository.Length == 0
            ? ""
            : $"{repository.TrimEnd('/')}/new/main/input/entries?filename=the-event-in-a-few-words.md&value={Uri.EscapeDataString(EntryScaffold.Blank(SchemaFromEntries))}";
}
