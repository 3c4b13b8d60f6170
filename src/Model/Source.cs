using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A publication an entry's claims rest on: title, publisher, date and optional live and archived URLs.</summary>
public sealed record Source(string Title, string Publisher, EdtfDate? Published, string? Url, string? Archived, SourceLocation Location)
{
    /// <summary>A reader can open it: it has a live or an archived URL.</summary>
    public bool HasLink => Url is not null || Archived is not null;
}
