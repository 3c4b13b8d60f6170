using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>An id written in a file (a party, an owner, a tag) together with where it was written, so a bad one can be reported in place.</summary>
public sealed record Reference(string Id, SourceLocation Location);
