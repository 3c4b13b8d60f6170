using Explainer.Model;

namespace Explainer.SiteModel;

/// <summary>
/// The one place that says where an entry files in a list grouped by period: its year and, when known, its month.
/// Every list page (timeline, tags, parties, FAQ) and every "in this year" link goes through these, so a new date model
/// (EDTF intervals, uncertain dates) changes them here and nowhere else.
/// </summary>
public static class ListKeys
{
    public static int Year(Entry entry) => entry.Date.Year;

    /// <summary>The month (1–12), or null when the entry's date is known only to the year.</summary>
    public static int? Month(Entry entry) => entry.Date.Month;
}
