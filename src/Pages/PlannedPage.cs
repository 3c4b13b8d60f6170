using Explainer.Rendering.ViewModels;

namespace Explainer.Pages;

/// <summary>One HTML page to render: where it goes, which template renders it, and the values the template gets.</summary>
public sealed record PlannedPage(string SitePath, string Template, PageView Page, object Model)
{
    public string OutputPath => SiteModel.SitePaths.File(SitePath);
}
