using Explainer.Rendering.ViewModels;

namespace Explainer.Pages;

/// <summary>One HTML page to render: where it goes, which template renders it, how to make the values the template gets,
/// and what of the site those values come from (<see cref="PageInputs"/>).</summary>
/// <remarks>The values are made only when the page is rendered: a preview rebuild renders a handful of the site's pages,
/// and building view models for all of them would cost more than rendering those few.</remarks>
public sealed record PlannedPage(string SitePath, string Template, Func<PageView> Page, Func<object> Model, PageInputs Inputs)
{
    /// <summary>The page's file; worked out once, as the link checks, the sitemap and preview's page selection all ask for it.</summary>
    public string OutputPath { get; } = SiteModel.SitePaths.File(SitePath);
}
