using System.Text;

namespace Explainer.Preview;

/// <summary>
/// The script preview adds to every HTML page it serves, and how it is added. It is an external file, never inline, so a strict
/// Content-Security-Policy (<c>script-src 'self'</c>) still holds; it is added while serving and never written to output/.
/// </summary>
public static class LiveReloadScript
{
    public const string Folder = "__explainer/";
    public const string ScriptName = "live-reload.js";
    public const string StreamName = "reload";

    /// <summary>Connects to the reload stream next to the script and reloads when the site's version differs from the page's.</summary>
    public const string Source = """
        // Explainer preview: reloads this tab when the site is rebuilt. Served only by `preview`; never part of the built site.
        (function () {
          var script = document.currentScript;
          var version = script.getAttribute("data-version");
          var stream = new EventSource(script.src.replace(/live-reload\.js(\?.*)?$/, "reload"));
          function check(event) {
            if (event.data !== version) {
              stream.close();
              location.reload();
            }
          }
          stream.addEventListener("hello", check);
          stream.addEventListener("reload", check);
        })();

        """;

    public static string Tag(string basePath, long version) =>
        $"<script src=\"{basePath}{Folder}{ScriptName}\" data-version=\"{version}\" defer></script>";

    /// <summary>Inserts the script tag before the last <c>&lt;/body&gt;</c>, or at the end when there is none.</summary>
    public static byte[] Inject(byte[] html, string basePath, long version)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tag = Tag(basePath, version) + "\n";
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }
}
