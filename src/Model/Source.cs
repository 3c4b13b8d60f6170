using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>A publication an entry's claims rest on: title, publisher, date and optional live and archived URLs.</summary>
public sealed record Source(string Title, string Publisher, PartialDate? Published, string? Url, string? Archived, SourceLocation Location);
