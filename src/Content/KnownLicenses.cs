using Explainer.Model;

namespace Explainer.Content;

/// <summary>
/// The SPDX licence ids this generator can name and link without looking anything up: the licences content and data are
/// usually published under. Another well-formed id is still used (linked to its SPDX page) but gets a warning, because a
/// typo there would publish the site under a licence that does not exist.
/// </summary>
public static class KnownLicenses
{
    private static readonly ContentLicense[] All =
    [
        Cc("CC0-1.0", "CC0 1.0 Universal", "publicdomain/zero/1.0"),
        Cc("CC-BY-4.0", "Creative Commons Attribution 4.0 International", "licenses/by/4.0"),
        Cc("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International", "licenses/by-sa/4.0"),
        Cc("CC-BY-ND-4.0", "Creative Commons Attribution-NoDerivatives 4.0 International", "licenses/by-nd/4.0"),
        Cc("CC-BY-NC-4.0", "Creative Commons Attribution-NonCommercial 4.0 International", "licenses/by-nc/4.0"),
        Cc("CC-BY-NC-SA-4.0", "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International", "licenses/by-nc-sa/4.0"),
        Cc("CC-BY-NC-ND-4.0", "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International", "licenses/by-nc-nd/4.0"),
        Cc("CC-BY-3.0", "Creative Commons Attribution 3.0 Unported", "licenses/by/3.0"),
        Cc("CC-BY-SA-3.0", "Creative Commons Attribution-ShareAlike 3.0 Unported", "licenses/by-sa/3.0"),
        Spdx("ODbL-1.0", "Open Data Commons Open Database License v1.0"),
        Spdx("ODC-By-1.0", "Open Data Commons Attribution License v1.0"),
        Spdx("PDDL-1.0", "Open Data Commons Public Domain Dedication & License 1.0"),
        Spdx("OGL-UK-3.0", "Open Government Licence v3.0"),
        Spdx("GFDL-1.3-or-later", "GNU Free Documentation License v1.3 or later"),
        Spdx("MIT", "MIT License"),
        Spdx("Apache-2.0", "Apache License 2.0"),
    ];

    public static IEnumerable<string> Ids => All.Select(l => l.Id);

    /// <summary>The licence with this id; SPDX ids match case-insensitively, and the canonical spelling is kept.</summary>
    public static ContentLicense? Find(string id) => All.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A licence this table does not know, named by its id and linked to its page on spdx.org.</summary>
    public static ContentLicense Unlisted(string id) => new(id, id, $"https://spdx.org/licenses/{id}.html");

    /// <summary>Whether the text has the shape of one SPDX short id (letters, digits, '.', '-', an optional trailing '+'), not an expression.</summary>
    public static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(id[0])
        && id.TrimEnd('+').All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static ContentLicense Cc(string id, string name, string path) => new(id, name, $"https://creativecommons.org/{path}/");

    private static ContentLicense Spdx(string id, string name) => new(id, name, $"https://spdx.org/licenses/{id}.html");
}
