using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Explainer.Diagnostics;
using Explainer.Rendering.ViewModels;
using Explainer.Theme;
using Fluid;

namespace Explainer.Rendering;

/// <summary>
/// Parses the theme's Liquid templates once and renders pages with them. Thread-safe after construction:
/// parsed templates and options are shared, each render gets a fresh <see cref="TemplateContext"/>.
/// </summary>
public sealed partial class TemplateRenderer
{
    public const string Layout = "layouts/base";

    // Escapes markup characters only, so non-ASCII text (’, é, 中文) stays readable in the HTML source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Fluid's parser builds its grammar when made: ~50 ms of one CPU, most of it the runtime loading and compiling the parser
    // library's generic code, on the path of every small build. It is immutable once made, so one serves every build of the
    // process, and Prepare lets start-up make it while the command line is still being read.
    private static readonly Lazy<FluidParser> SharedParser = new(() => new FluidParser());

    private readonly TemplateOptions _options;
    private readonly IReadOnlyDictionary<string, (IFluidTemplate Template, string DisplayPath)> _templates;

    private TemplateRenderer(TemplateOptions options, IReadOnlyDictionary<string, (IFluidTemplate, string)> templates)
    {
        _options = options;
        _templates = templates;
    }

    /// <summary>Starts making the shared Liquid parser in the background, so that the first build finds it made.</summary>
    public static void Prepare() => Task.Run(() => SharedParser.Value);

    /// <summary>Parses every template; syntax errors become diagnostics at the template's line.</summary>
    public static (TemplateRenderer? Renderer, IReadOnlyList<Diagnostic> Diagnostics) Create(ThemeFiles theme, IEnumerable<string> requiredTemplates)
    {
        var parser = SharedParser.Value;
        var diagnostics = new List<Diagnostic>();
        var parsed = new Dictionary<string, (IFluidTemplate, string)>(StringComparer.Ordinal);

        foreach (var template in theme.Templates.Values)
        {
            if (parser.TryParse(template.Source, out var fluid, out var error))
                parsed[template.Name] = (fluid, template.DisplayPath);
            else
                diagnostics.Add(SyntaxError(template, error));
        }

        foreach (var name in requiredTemplates.Append(Layout).Distinct().Where(n => !theme.Templates.ContainsKey(n)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateMissing, new SourceLocation($"{theme.Folder}/{name}.liquid", 1, 1),
                $"the theme has no template '{name}.liquid'", "add the template, or build with a theme that has it (--theme)"));
        }
        if (diagnostics.HasErrors()) return (null, diagnostics);

        var files = new ThemeTemplateFiles(theme.Templates.Values.Select(t => (t.Name, t.Source, parsed[t.Name].Item1)));
        var options = new TemplateOptionsBuilder()
            // Templates say page.published_date for PublishedDate: Fluid reads any public member, named in snake case.
            .WithModelNamesComparer(SnakeCaseNames.Instance)
            .WithFileProvider(files)
            .WithTemplateCache(files)
            // Unknown filters fail loudly. Strict variables would too, but they also reject members of nil values
            // (party.owner.url when a party has no owner), which optional fields make common.
            .WithStrictFilters(true)
            .WithCultureInfo(System.Globalization.CultureInfo.InvariantCulture)
            .AddFilter("raw", PageBodyValue.Raw)
            .AddFilter("number", CountText.Filter)
            .Build();
        return (new TemplateRenderer(options, parsed), diagnostics);
    }

    /// <summary>
    /// Renders a page template into <paramref name="buffers"/>' body, then the layout around it as UTF-8 into
    /// <see cref="PageBuffers.Page"/>; on an error the buffers hold nothing worth keeping.
    /// </summary>
    public Diagnostic? RenderPage(string template, SiteView site, PageView page, object model, PageBuffers buffers)
    {
        buffers.Body.Start();
        var error = Render(template, site, page, model, null, buffers.Body);
        buffers.Body.Finish();
        if (error is not null) return error;
        buffers.Page.Start();
        error = Render(Layout, site, page, model, new PageBodyValue(buffers.Body), buffers.Page);
        buffers.Page.Finish();
        return error;
    }

    /// <summary>Renders a partial on its own, with one variable, into an HTML fragment that pages include as it is: UTF-8, trimmed
    /// (the page template decides the whitespace around each fragment).</summary>
    /// <exception cref="InvalidOperationException">The partial is missing or fails; the page including it reports the error.</exception>
    public byte[] RenderFragment(string name, string variable, object value)
    {
        if (!_templates.TryGetValue(name, out var found))
            throw new InvalidOperationException($"the theme has no template '{name}.liquid'");
        var context = new TemplateContext(_options);
        context.SetValue(variable, value);
        try
        {
            // Rendered into this thread's writer and cut out in one copy: a string per fragment, then its trimmed copy, then its
            // UTF-8 on every page that lists it were ~100 MB of a 10,000-entry build's allocations.
            var buffer = t_fragment ??= new Utf8PageWriter();
            buffer.Start();
            RenderInto(found.Template, buffer, context);
            buffer.Finish();
            return Utf8Trim.Trim(buffer.Bytes).ToArray();
        }
        catch (Exception e) when (e is FluidException or ParseException or ArgumentException or FileNotFoundException)
        {
            throw new InvalidOperationException($"{found.DisplayPath}: {Describe(e)}", e);
        }
    }

    [ThreadStatic] private static Utf8PageWriter? t_fragment;

    private Diagnostic? Render(string name, SiteView site, PageView page, object model, PageBodyValue? content, IFluidOutput output)
    {
        var (template, displayPath) = _templates[name];
        var context = new TemplateContext(_options);
        context.SetValue("site", site);
        context.SetValue("page", page);
        context.SetValue("model", model);
        if (content is not null) context.SetValue("content", content);
        try
        {
            RenderInto(template, output, context);
            return null;
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ParseException or ArgumentException or FileNotFoundException)
        {
            return Diagnostic.Error(DiagnosticCodes.TemplateRender, new SourceLocation(displayPath),
                $"rendering {page.Url} failed: {Describe(e)}", "fix the template; variable names are listed in theme/README.md");
        }
    }

    /// <summary>Renders into an output the caller keeps for its next render; Fluid's outputs never wait, so neither does this.</summary>
    private static void RenderInto(IFluidTemplate template, IFluidOutput output, TemplateContext context)
    {
        var rendering = template.RenderAsync(output, Encoder, context);
        if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
    }

    // Fluid names only the partial it could not find ("partials/card"); say what that is.
    private static string Describe(Exception e) =>
        e is FileNotFoundException ? $"{{% render '{e.Message}' %}} names a partial the theme does not have ({e.Message}.liquid)" : e.Message;

    private static Diagnostic SyntaxError(ThemeTemplate template, string message)
    {
        var match = Position().Match(message);
        var location = match.Success
            ? new SourceLocation(template.DisplayPath, int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value))
            : new SourceLocation(template.DisplayPath);
        // Fluid appends the position and a "Source:" excerpt; the location already says where.
        var summary = Position().Replace(message.Split('\n')[0], "").Replace(" at ", " ").Trim();
        return Diagnostic.Error(DiagnosticCodes.TemplateSyntax, location, $"the template does not parse: {summary}",
            "check that every {% if %}, {% for %} and {% capture %} has its end tag");
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}

/// <summary>What one render thread reuses for every page it renders: the body's and the finished page's UTF-8 bytes.</summary>
public sealed class PageBuffers
{
    public Utf8PageWriter Body { get; } = new();

    public Utf8PageWriter Page { get; } = new();
}
