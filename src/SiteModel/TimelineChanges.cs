namespace Explainer.SiteModel;

/// <summary>
/// How preview tells that a file made from the whole timeline would come out the same: the timelines are as long, and every
/// position that holds a different entry record holds one that is the same in what that file shows of it.
/// </summary>
public static class TimelineChanges
{
    /// <param name="same">Compares the previous build's entry with this build's at the same position, for what the file shows.</param>
    public static bool Agree(Site before, Site now, Func<RenderedEntry, RenderedEntry, bool> same)
    {
        if (before.Timeline.Count != now.Timeline.Count) return false;
        for (var i = 0; i < now.Timeline.Count; i++)
        {
            var (old, current) = (before.Timeline[i], now.Timeline[i]);
            if (!ReferenceEquals(old, current) && !same(old, current)) return false;
        }
        return true;
    }
}
