using System.Buffers.Binary;
using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.SiteModel;

namespace Explainer.Caching;

/// <summary>
/// Writes what parsing and rendering one entry file produced (the entry, its parse diagnostics, its rendered Markdown) as bytes,
/// and reads it back, for <see cref="ContentCache"/>. Every property is written: a decoded entry must be indistinguishable from
/// a parsed one (<c>EntryCodecTests</c> compares them property by property, so a field added to the model and forgotten here fails).
/// </summary>
public static class EntryCodec
{
    /// <summary>One entry file's results, as the parse and Markdown stages gave them.</summary>
    public sealed record Results(Entry Entry, IReadOnlyList<Diagnostic> ParseDiagnostics, ContentRenderer.EntryRendering Rendering, string BasePath);

    [ThreadStatic]
    private static MemoryStream? _buffer;

    /// <summary>The bytes for <paramref name="results"/>, or null when the rendering is not shaped as <see cref="ContentRenderer.RenderEntry"/> makes it.</summary>
    public static byte[]? Encode(InputFile file, Results results)
    {
        var (entry, diagnostics, rendering, basePath) = results;
        var rendered = rendering.Entry;
        // Rendered parts are the body, then each answer, then each correction (ContentRenderer.RenderEntry); only that shape is
        // written, so the HTML strings are stored once and the parts rebuilt from them.
        if (!ReferenceEquals(rendered.Entry, entry) || rendered.Faq.Count != entry.Faq.Count
            || rendering.Parts.Count != 1 + rendered.Faq.Count + rendered.Corrections.Count
            || !ReferenceEquals(rendering.Parts[0].Html, rendered.BodyHtml)
            || rendered.Faq.Where((f, i) => !ReferenceEquals(f.Item, entry.Faq[i]) || !ReferenceEquals(rendering.Parts[1 + i].Html, f.AnswerHtml)).Any()
            || rendered.Corrections.Where((c, i) => IndexOf(entry.Corrections, c.Correction) < 0
                || !ReferenceEquals(rendering.Parts[1 + rendered.Faq.Count + i].Html, c.TextHtml)).Any())
            return null;

        // One growing buffer per thread: a new stream per entry regrew from 256 bytes to ~5 KB and was a third of the cost of encoding.
        var stream = _buffer ??= new MemoryStream(1 << 14);
        stream.SetLength(0);
        using var writer = new Writer(stream, file.DisplayPath);
        writer.Write(basePath);
        writer.Write(diagnostics, writer.Write);
        WriteEntry(writer, entry, file.Text);
        foreach (var faq in rendered.Faq) writer.Write(faq.AnswerHtml);
        writer.Write(rendered.Corrections, c =>
        {
            writer.Write(IndexOf(entry.Corrections, c.Correction));
            writer.Write(c.TextHtml);
        });
        foreach (var part in rendering.Parts)
        {
            writer.Write(part.Links, link => { writer.Write(link.Target); writer.Write(link.Location); });
            writer.Write(part.Diagnostics, writer.Write);
        }
        writer.Write(rendered.BodyHtml);
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The results <see cref="Encode"/> wrote for <paramref name="file"/>; throws on bytes it did not write.</summary>
    public static Results Decode(InputFile file, ReadOnlyMemory<byte> bytes)
    {
        var reader = new Reader(bytes, file.DisplayPath);
        var basePath = reader.ReadString();
        var diagnostics = reader.ReadList(reader.ReadDiagnostic);
        var entry = ReadEntry(reader, file.Text);
        var faq = entry.Faq.Select(item => new RenderedFaq(item, reader.ReadString())).ToList();
        var corrections = reader.ReadList(() => new RenderedCorrection(entry.Corrections[reader.ReadInt32()], reader.ReadString()));
        var links = new List<(IReadOnlyList<InternalLink> Links, IReadOnlyList<Diagnostic> Diagnostics)>();
        for (var i = 0; i < 1 + faq.Count + corrections.Count; i++)
            links.Add((reader.ReadList(() => new InternalLink(reader.ReadString(), reader.ReadLocation())), reader.ReadList(reader.ReadDiagnostic)));
        var bodyHtml = reader.ReadString();
        reader.End();

        var html = new[] { bodyHtml }.Concat(faq.Select(f => f.AnswerHtml)).Concat(corrections.Select(c => c.TextHtml)).ToList();
        var parts = html.Select((h, i) => new RenderedMarkdown(h, links[i].Links, links[i].Diagnostics)).ToList();
        var rendered = new RenderedEntry(entry, bodyHtml, faq) { Corrections = corrections };
        return new Results(entry, diagnostics, new ContentRenderer.EntryRendering(rendered, parts), basePath);
    }

    /// <summary>Where the very object <paramref name="item"/> sits in <paramref name="items"/> (records compare by value; two equal corrections are still two).</summary>
    private static int IndexOf<T>(IReadOnlyList<T> items, T item) where T : class
    {
        for (var i = 0; i < items.Count; i++) if (ReferenceEquals(items[i], item)) return i;
        return -1;
    }

    private static void WriteEntry(Writer w, Entry e, string text)
    {
        w.Write(e.Slug);
        w.Write(e.Event);
        w.Write(e.Date);
        w.Write(e.Parties, w.Write);
        w.Write(e.Summary);
        w.Write(e.Tags, w.Write);
        w.Write((int)e.Status);
        w.Write(e.Sources, s =>
        {
            w.Write(s.Title);
            w.Write(s.Publisher);
            w.WriteOptional(s.Published, w.Write);
            w.WriteOptional(s.Url, w.Write);
            w.WriteOptional(s.Archived, w.Write);
            w.Write(s.Location);
        });
        w.Write(e.Faq, f =>
        {
            w.Write(f.Question);
            w.Write(f.AnswerMarkdown);
            w.Write(f.Anchor);
            w.Write(f.Location);
            w.Write(f.FormerAnchors, w.Write);
        });
        w.WriteOptional(e.Updated, w.Write);
        // The body is almost always the end of the file's text: kept as a length, it is not stored twice.
        var tail = text.EndsWith(e.BodyMarkdown, StringComparison.Ordinal);
        w.Write(tail);
        if (tail) w.Write(e.BodyMarkdown.Length);
        else w.Write(e.BodyMarkdown);
        w.Write(e.BodyFirstLine);
        w.Write(e.Location);
        w.Write(e.RelativePath);
        w.WriteOptional(e.Published, w.Write);
        w.Write(e.Corrections, c =>
        {
            w.Write(c.Date);
            w.Write(c.TextMarkdown);
            w.Write(c.Location);
        });
    }

    private static Entry ReadEntry(Reader r, string text)
    {
        var slug = r.ReadString();
        var eventName = r.ReadString();
        var date = r.ReadDate();
        var parties = r.ReadList(r.ReadReference);
        var summary = r.ReadString();
        var tags = r.ReadList(r.ReadReference);
        var status = (EntryStatus)r.ReadInt32();
        var sources = r.ReadList(() => new Source(r.ReadString(), r.ReadString(), r.ReadOptional(r.ReadDate), r.ReadOptional(r.ReadString),
            r.ReadOptional(r.ReadString), r.ReadLocation()));
        var faq = r.ReadList(() => new FaqItem(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadLocation())
        {
            FormerAnchors = r.ReadList(r.ReadString),
        });
        var updated = r.ReadOptional(r.ReadDate);
        var body = r.ReadBoolean() ? text[^r.ReadInt32()..] : r.ReadString();
        var bodyFirstLine = r.ReadInt32();
        var location = r.ReadLocation();
        var relativePath = r.ReadString();
        var published = r.ReadOptional(r.ReadDate);
        var corrections = r.ReadList(() => new Correction(r.ReadPartialDate(), r.ReadString(), r.ReadLocation()));
        return new Entry(slug, eventName, date, parties, summary, tags, status, sources, faq, updated, body, bodyFirstLine, location, relativePath)
        {
            Published = published,
            Corrections = corrections,
        };
    }

    /// <summary>A binary writer that also writes the model's small records; a location in the file itself stores no path.</summary>
    private sealed class Writer(Stream stream, string filePath) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)
    {
        public void Write<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Write(items.Count);
            foreach (var item in items) write(item);
        }

        public void WriteOptional<T>(T? value, Action<T> write) where T : class
        {
            Write(value is not null);
            if (value is not null) write(value);
        }

        public void Write(SourceLocation location)
        {
            var own = location.Path == filePath;
            Write(own);
            if (!own) Write(location.Path);
            Write(location.Line);
            Write(location.Column);
        }

        public void Write(Reference reference)
        {
            Write(reference.Id);
            Write(reference.Location);
        }

        public void Write(Diagnostic diagnostic)
        {
            Write((int)diagnostic.Severity);
            Write(diagnostic.Code);
            Write(diagnostic.Message);
            Write(diagnostic.Location);
            WriteOptional(diagnostic.Hint, Write);
        }

        public void Write(EdtfDate date)
        {
            WritePartial(date.Start);
            Write((int)date.StartEnd);
            WritePartial(date.End);
            Write((int)date.EndEnd);
            Write(date.IsInterval);
        }

        public void Write(PartialDate date)
        {
            Write(date.Year);
            Write(date.Month ?? 0);
            Write(date.Day ?? 0);
            Write((int)date.Qualifier);
        }

        private void WritePartial(PartialDate? date)
        {
            Write(date.HasValue);
            if (date is { } d) Write(d);
        }
    }

    /// <summary>
    /// Reads what <see cref="Writer"/> wrote, straight from the cached bytes (BinaryReader decodes long strings 128 characters
    /// at a time through a StringBuilder, which made reading the cache as slow as parsing).
    /// </summary>
    private sealed class Reader(ReadOnlyMemory<byte> bytes, string filePath)
    {
        private int _at;

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > bytes.Length - _at) throw new InvalidDataException($"{count} bytes asked for, {bytes.Length - _at} left");
            var taken = bytes.Span.Slice(_at, count);
            _at += count;
            return taken;
        }

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public bool ReadBoolean() => Take(1)[0] switch
        {
            0 => false,
            1 => true,
            var other => throw new InvalidDataException($"{other} is not a boolean"),
        };

        /// <summary>A string as BinaryWriter writes it: its UTF-8 length in 7-bit groups, then its bytes.</summary>
        public string ReadString()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28) throw new InvalidDataException("a string length longer than five bytes");
                var part = Take(1)[0];
                length |= (part & 0x7F) << shift;
                if (part < 0x80) break;
            }
            return Encoding.UTF8.GetString(Take(length));
        }

        public IReadOnlyList<T> ReadList<T>(Func<T> read)
        {
            var count = ReadInt32();
            if (count < 0 || count > bytes.Length - _at) throw new InvalidDataException($"a list of {count} items");
            var items = new List<T>(count);
            for (var i = 0; i < count; i++) items.Add(read());
            return items;
        }

        public T? ReadOptional<T>(Func<T> read) where T : class => ReadBoolean() ? read() : null;

        public SourceLocation ReadLocation() => new(ReadBoolean() ? filePath : ReadString(), ReadInt32(), ReadInt32());

        public Reference ReadReference() => new(ReadString(), ReadLocation());

        public Diagnostic ReadDiagnostic() => new((Severity)ReadInt32(), ReadString(), ReadString(), ReadLocation(), ReadOptional(ReadString));

        public EdtfDate ReadDate() => new(ReadPartial(), (IntervalEnd)ReadInt32(), ReadPartial(), (IntervalEnd)ReadInt32(), ReadBoolean());

        public PartialDate ReadPartialDate()
        {
            var year = ReadInt32();
            var month = ReadInt32();
            var day = ReadInt32();
            return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day, (DateQualifier)ReadInt32());
        }

        private PartialDate? ReadPartial() => ReadBoolean() ? ReadPartialDate() : null;

        /// <summary>Every byte was read: a payload that is longer than what was written is not this codec's.</summary>
        public void End()
        {
            if (_at != bytes.Length) throw new InvalidDataException("bytes left over");
        }
    }
}
