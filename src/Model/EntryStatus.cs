namespace Explainer.Model;

/// <summary>How established an event is, shown in words on every page that mentions it.</summary>
public enum EntryStatus
{
    Reported,
    Confirmed,
    Disputed,
    Retracted,
}
