namespace Explainer.Rendering.ViewModels;

/// <summary>The licence of the site's content and data: SPDX id, name and the URL of its text.</summary>
public sealed record LicenseView(string Id, string Name, string Url);

/// <summary>
/// /data/ (the Open data page): the downloads with their sizes, record counts and schemas, the files of each year,
/// the licence (empty when site.yml states none) and the schemas folder.
/// </summary>
public sealed record DataModel(IReadOnlyList<DataFileView> Files, IReadOnlyList<DataFileView> Years, LicenseView? License, string CalendarUrl);

/// <summary>
/// One data file: <c>title</c>, <c>url</c>, <c>name</c> (its path, e.g. <c>data/entries.json</c>), <c>format</c> (JSON, CSV, iCalendar),
/// <c>records</c> ("1,204 entries"), <c>size</c> ("1.2 MB"), <c>schema_url</c> (empty for CSV and iCalendar).
/// </summary>
public sealed record DataFileView(string Title, string Url, string Name, string Format, string Records, string Size, string SchemaUrl);
