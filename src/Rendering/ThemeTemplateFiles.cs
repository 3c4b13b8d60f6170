using System.Text;
using Fluid;

namespace Explainer.Rendering;

/// <summary>
/// Serves theme partials to Fluid's <c>{% render %}</c> from memory, so rendering never touches the disk, and hands Fluid the
/// templates <see cref="TemplateRenderer.Create"/> already parsed (as its template cache), so no partial is parsed twice.
/// Each partial's answer is made once: Fluid asks at every <c>{% render %}</c>, first by the name the theme wrote
/// (<c>'partials/faq-item'</c>), and a fresh answer each time was ~50 MB of a 10,000-entry build's allocations.
/// </summary>
public sealed class ThemeTemplateFiles : ITemplateFileProvider, ITemplateCache
{
    private readonly Dictionary<string, TemplateSourceInfo> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);

    /// <param name="templates">Each template by its name without the extension (<c>partials/faq-item</c>): source and parse.</param>
    public ThemeTemplateFiles(IEnumerable<(string Name, string Source, IFluidTemplate Parsed)> templates)
    {
        foreach (var (name, source, parsed) in templates)
        {
            // One cache key for both spellings, so whichever the theme uses finds the same parsed template.
            var key = name + ".liquid";
            var file = new TemplateSourceInfo(DateTimeOffset.UnixEpoch,
                _ => ValueTask.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(source), writable: false)), cacheKey: key);
            _files[name] = file;
            _files[key] = file;
            _parsed[key] = parsed;
        }
    }

    public ValueTask<TemplateSourceInfo> GetFileInfoAsync(string subpath, TemplateContext context, CancellationToken cancellationToken) =>
        new(_files.GetValueOrDefault(subpath.TrimStart('/'))!);

    public bool TryGetTemplate(string key, DateTimeOffset lastModified, out IFluidTemplate template) =>
        _parsed.TryGetValue(key, out template!);

    // Every file this provider serves is in the cache already; Fluid only asks to store what it had to parse, which never happens.
    public void SetTemplate(string key, DateTimeOffset lastModified, IFluidTemplate template) { }
}
