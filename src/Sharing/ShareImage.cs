namespace Explainer.Sharing;

/// <summary>
/// The one image the whole site is shared with (Open Graph, Twitter card, JSON-LD): theme/assets/share.png, 1200×630, made once
/// from theme/assets/share.svg (how: theme/README.md). Its text alternative is in the theme's layout, beside what it describes.
/// </summary>
public static class ShareImage
{
    public const string SitePath = SiteModel.SitePaths.Assets + "share.png";
    public const int Width = 1200;
    public const int Height = 630;
}
