using System.Net;
using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Preview;

/// <summary>
/// The page preview serves in place of every page while the build is broken: the same located messages the console prints,
/// and the live-reload script, so the tab recovers by itself on the next good save.
/// </summary>
public static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, string? failure, string basePath, long version)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Build failed · Explainer preview</title>\n");
        html.Append("<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}")
            .Append("pre{white-space:pre-wrap;background:#f6f6f6;color:#1b1b1b;padding:1rem;border-left:.3rem solid #b00020}")
            .Append(".hint{color:#444}</style>\n");
        html.Append("</head>\n<body>\n<main>\n<h1>The site did not build</h1>\n");
        html.Append(CultureNeutral($"<p>{errors} error{(errors == 1 ? "" : "s")}. Fix {(errors == 1 ? "it" : "them")} and save: this page reloads by itself.</p>\n"));
        html.Append("<pre id=\"diagnostics\">");
        if (failure is not null) html.Append(WebUtility.HtmlEncode(failure)).Append('\n');
        foreach (var diagnostic in diagnostics)
        {
            html.Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append('\n');
            if (diagnostic.Hint is not null) html.Append("<span class=\"hint\">  hint: ").Append(WebUtility.HtmlEncode(diagnostic.Hint)).Append("</span>\n");
        }
        html.Append("</pre>\n</main>\n");
        html.Append(LiveReloadScript.Tag(basePath, version)).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string CultureNeutral(FormattableString text) => FormattableString.Invariant(text);
}
