namespace Explainer.Model;

/// <summary>
/// The licence the site's content and data are published under (<c>license</c> in site.yml): its SPDX id, its name and where
/// its text is. The code of the generator is licensed separately (see LICENSE).
/// </summary>
public sealed record ContentLicense(string Id, string Name, string Url);
