namespace Explainer.Content;

/// <summary>The field names each kind of file may use; anything else is an unknown-key error with a suggestion.</summary>
public static class FieldNames
{
    public static readonly IReadOnlyList<string> Entry =
        ["event", "date", "parties", "summary", "tags", "status", "sources", "faq", "published", "updated", "corrections", "slug"];

    public static readonly IReadOnlyList<string> Source = ["title", "publisher", "published", "url", "archived"];

    public static readonly IReadOnlyList<string> Faq = ["question", "answer", "formerly"];

    public static readonly IReadOnlyList<string> Party =
        ["name", "kind", "summary", "country", "website", "owner", "sources", "updated", "corrections"];

    public static readonly IReadOnlyList<string> Correction = ["date", "text"];

    public static readonly IReadOnlyList<string> Page = ["title", "summary", "order", "footer", "updated"];

    public static readonly IReadOnlyList<string> Site = ["title", "description", "language", "url", "repository", "intro", "license", "tag_names"];
}
