using System.Text;
using Fluid;

namespace Explainer.Rendering;

/// <summary>
/// Serves theme partials to Fluid's <c>{% render %}</c> from memory, so rendering never touches the disk. Each partial's answer
/// is made once: Fluid asks at every <c>{% render %}</c> (then finds the parsed template in its cache), first by the name the
/// theme wrote (<c>'partials/faq-item'</c>), and a fresh answer each time was ~50 MB of a 10,000-entry build's allocations.
/// </summary>
public sealed class ThemeTemplateFiles : ITemplateFileProvider
{
    private readonly Dictionary<string, TemplateSourceInfo> _files = new(StringComparer.Ordinal);

    /// <param name="templates">Each template's source by its name without the extension (<c>partials/faq-item</c>).</param>
    public ThemeTemplateFiles(IReadOnlyDictionary<string, string> templates)
    {
        foreach (var (name, source) in templates)
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            // One cache key for both spellings, so the template is parsed once whichever the theme uses.
            var file = new TemplateSourceInfo(DateTimeOffset.UnixEpoch,
                _ => ValueTask.FromResult<Stream>(new MemoryStream(bytes, writable: false)), cacheKey: name + ".liquid");
            _files[name] = file;
            _files[name + ".liquid"] = file;
        }
    }

    public ValueTask<TemplateSourceInfo> GetFileInfoAsync(string subpath, TemplateContext context, CancellationToken cancellationToken) =>
        new(_files.GetValueOrDefault(subpath.TrimStart('/'))!);
}
