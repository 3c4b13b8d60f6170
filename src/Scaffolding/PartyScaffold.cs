using Explainer.Model;

namespace Explainer.Scaffolding;

/// <summary>What <c>new --party</c> knows about a party before the contributor edits it.</summary>
public sealed record PartyDraft(string Id, string? Name, PartyKind? Kind);

/// <summary>The text of a new party file; like <see cref="EntryScaffold"/>, required fields it cannot know are left empty for <c>check</c> to point at.</summary>
public static class PartyScaffold
{
    public static string Render(PartyDraft draft, string schemaPath) => $$"""
        ---
        # yaml-language-server: $schema={{schemaPath}}
        # A company, government, organization, product or person that entries name. Field reference: CONTRIBUTING.md.
        # Fill in the empty fields, then run: dotnet run -- check

        # The name readers know it by.
        name:{{(draft.Name is null ? "" : " " + YamlText.Quoted(draft.Name))}}
        # company | government | organization | product | person
        kind:{{(draft.Kind is null ? "" : " " + draft.Kind.Value.ToString().ToLowerInvariant())}}
        # One plain, neutral sentence: what it is.
        summary:
        # Optional: ISO 3166-1 alpha-2 country code, in capitals.
        # country: CN
        # Optional: its official website (http or https).
        # website: https://example.org/
        # Optional: the id of the party that owns it (a product's company, a subsidiary's parent).
        # owner: alibaba
        ---
        <!-- Optional body, in Markdown: who they are and their role in the events, with sources. This comment is not published. -->

        """;
}
