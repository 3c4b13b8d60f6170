using System.Buffers;
using System.IO.Enumeration;
using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>Reads the input folder: <c>site.yml</c>, <c>entries/**/*.md</c>, <c>parties/*.md</c>, <c>pages/*.md</c> and <c>static/**</c>. The only stage that reads content from disk.</summary>
public sealed class InputLoader
{
    private readonly string _root;
    // Every loaded file's path is shown relative to it: asked once, not once per file (20,000 getcwd calls at 10,000 entries).
    private readonly string _workingDirectory = Environment.CurrentDirectory;
    private readonly string _folderShown;

    public InputLoader(string inputFolder)
    {
        _root = Path.GetFullPath(inputFolder).TrimEnd('/');
        _folderShown = PathDisplay.For(_root, _workingDirectory);
    }

    public (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) Load() => Load(null);

    /// <summary>
    /// The same, taking files whose size and modification time are unchanged from <paramref name="cache"/> instead of reading them again
    /// (preview's rebuilds). Only the files and folders the cache was told changed (<see cref="InputLoadCache.Invalidate"/>) are listed
    /// again; the whole folder is listed on the first load and after <see cref="InputLoadCache.Clear"/> (the watcher lost track).
    /// </summary>
    public (InputSet Input, IReadOnlyList<Diagnostic> Diagnostics) Load(InputLoadCache? cache)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<InputFile>();
        var parties = new List<InputFile>();
        var pages = new List<InputFile>();
        var statics = new List<StaticFile>();
        var unreadEntries = new List<string>();
        var unreadParties = new List<string>();
        var unreadPages = new List<string>();
        InputFile? settings = null;
        var settingsUnread = false;

        var listed = cache?.Listing is { } previous ? Relist(previous, cache.ChangedSinceListing) : EnumerateFiles(_root);
        // Files are read and checked in parallel (each is independent; the cache is only read here), then taken in listing order.
        var loaded = listed.AsParallel().AsOrdered().Select(f => cache?.Find(f.FullPath, f.Stamp) ?? LoadFile(f)).ToList();
        for (var i = 0; i < listed.Count; i++)
        {
            var (fullPath, stamp, _, _) = listed[i];
            var file = loaded[i];
            cache?.Remember(fullPath, stamp, file);
            diagnostics.AddRange(file.Diagnostics);
            switch (file.Kind)
            {
                case FileKind.SiteSettings: settings = file.Text; settingsUnread = file.Text is null; break;
                case FileKind.Entry when file.Text is null: unreadEntries.Add(Path.GetFileNameWithoutExtension(fullPath)); break;
                case FileKind.Entry: entries.Add(file.Text); break;
                case FileKind.Party when file.Text is null: unreadParties.Add(Path.GetFileNameWithoutExtension(fullPath)); break;
                case FileKind.Party: parties.Add(file.Text); break;
                case FileKind.Page when file.Text is null: unreadPages.Add(Path.GetFileNameWithoutExtension(fullPath)); break;
                case FileKind.Page: pages.Add(file.Text); break;
                case FileKind.Static when file.Static is not null: statics.Add(file.Static); break;
            }
        }
        cache?.Forget(listed.Select(f => f.FullPath));
        cache?.RememberListing(listed);

        var input = new InputSet(settings, Sorted(entries), Sorted(parties),
            statics.OrderBy(s => s.OutputPath, StringComparer.Ordinal).ToList(), _folderShown)
        {
            Pages = Sorted(pages),
            UnreadEntries = unreadEntries,
            UnreadParties = unreadParties,
            UnreadPages = unreadPages,
            SiteSettingsUnread = settingsUnread,
            Digest = InputDigest.Combine(loaded.Select(f => f.Digest)),
        };
        return (input, diagnostics);
    }

    /// <summary>
    /// The <see cref="InputSet.Digest"/> a <see cref="Load"/> of the folder as it is now would give: every file the loader reads is
    /// read and hashed, but not decoded or checked. The build command asks this before building, to find a site already current.
    /// </summary>
    public Digest128 Digest()
    {
        var listed = EnumerateFiles(_root);
        return InputDigest.Combine(listed.AsParallel().AsOrdered().Select(f =>
        {
            var relative = Relative(f.FullPath);
            if (f.IsLink) return InputDigest.OfListed(relative, "link");
            if (f.IsSpecial) return InputDigest.OfListed(relative, "special");
            var kind = Classify(relative);
            return IsRead(kind) ? HashOfFile(relative, f.FullPath) : InputDigest.OfListed(relative, kind.ToString());
        }).ToList());
    }

    /// <summary>A file's <see cref="InputDigest.OfRead"/>, read as <see cref="ReadText"/> reads it.</summary>
    private static byte[] HashOfFile(string relative, string fullPath)
    {
        try
        {
            var (fits, digest) = ReadWhole(fullPath, InputLimits.MaxStaticFileBytes, bytes => InputDigest.OfRead(relative, bytes));
            return fits ? digest! : InputDigest.OfListed(relative, "too large");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputDigest.OfListed(relative, "unreadable");
        }
    }

    /// <summary>
    /// Reads a whole file of at most <paramref name="limit"/> bytes through one open handle into a pooled buffer and passes the
    /// bytes to <paramref name="use"/>, which must not keep them (a size check by path, then File.ReadAllBytes, cost one more system
    /// call and a new array per file, 10,000 of each on a large site). Not <c>fits</c> when the file is larger; a file that grew
    /// while it was read is read again whole, as File.ReadAllBytes would have.
    /// </summary>
    private static (bool Fits, T? Result) ReadWhole<T>(string fullPath, long limit, Func<ReadOnlySpan<byte>, T> use)
    {
        byte[]? rented = null;
        try
        {
            int length;
            using (var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                var size = RandomAccess.GetLength(handle);
                if (size > limit) return (false, default);
                rented = ArrayPool<byte>.Shared.Rent((int)size + 1);
                length = 0;
                for (int n; length < rented.Length && (n = RandomAccess.Read(handle, rented.AsSpan(length), length)) > 0;) length += n;
            }
            return (true, length == rented.Length ? use(File.ReadAllBytes(fullPath)) : use(rented.AsSpan(0, length)));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    private static bool IsRead(FileKind kind) => kind is FileKind.SiteSettings or FileKind.Entry or FileKind.Party or FileKind.Page or FileKind.Static;

    private LoadedFile LoadFile(ListedFile listed)
    {
        var (fullPath, _, isLink, isSpecial) = listed;
        var relative = Relative(fullPath);
        var display = PathDisplay.For(fullPath, _workingDirectory);
        var diagnostics = new List<Diagnostic>();
        var folder = _folderShown;
        if (isSpecial)
        {
            // Opening a named pipe to read waits for a writer: the build would hang here instead of failing.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(display, 1, 1),
                "this is a named pipe, socket or device, not a file; it was not read",
                "delete it: the input folder must hold real files and folders"));
            return new LoadedFile(FileKind.Ignored, null, null, diagnostics, InputDigest.OfListed(relative, "special"));
        }
        if (isLink)
        {
            // A link can dangle, loop, point at itself or outside the repository; none of that belongs in published content.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SymbolicLink, new SourceLocation(display, 1, 1),
                "this is a symbolic link; the input folder must hold real files and folders",
                "replace the link with a copy of the file or folder it points to"));
            return new LoadedFile(FileKind.Ignored, null, null, diagnostics, InputDigest.OfListed(relative, "link"));
        }

        var kind = Classify(relative);
        switch (kind)
        {
            case FileKind.SiteSettings or FileKind.Entry or FileKind.Party or FileKind.Page:
                var (text, digest) = ReadText(fullPath, display, relative, diagnostics);
                return new LoadedFile(kind, text, null, diagnostics, digest);
            case FileKind.Static:
                var bytes = ReadStatic(fullPath, display, diagnostics);
                return new LoadedFile(kind, null, bytes is null ? null : new StaticFile(relative["static/".Length..], bytes, display), diagnostics, DigestOf(relative, bytes));
            case FileKind.Unexpected when WrongTextExtension(relative):
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongFileExtension, new SourceLocation(display, 1, 1),
                    $"'{Path.GetFileName(relative)}' would be skipped: only files ending in '.md' (lower case) are read as {(relative.StartsWith("parties/", StringComparison.Ordinal) ? "parties" : "entries")}",
                    $"rename it to {Path.GetFileNameWithoutExtension(relative)}.md"));
                break;
            case FileKind.HiddenContent:
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnexpectedFile, new SourceLocation(display, 1, 1),
                    $"'{Path.GetFileName(relative)}' starts with '.', so it is a hidden file and is not published",
                    "if it is meant to be published, give it a name without the leading '.' (the name is its page's address)"));
                break;
            case FileKind.Unexpected:
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnexpectedFile, new SourceLocation(display, 1, 1),
                    "this file is not part of the site and was skipped",
                    $"entries go in {folder}/entries/ as .md files, parties in {folder}/parties/, standalone pages in {folder}/pages/, files to copy as they are in {folder}/static/"));
                break;
        }
        return new LoadedFile(kind, null, null, diagnostics, InputDigest.OfListed(relative, kind.ToString()));
    }

    /// <summary>What was read, hashed; a file that could not be read fails the build, and its digest only has to differ.</summary>
    private static byte[] DigestOf(string relative, byte[]? bytes) => bytes is null ? InputDigest.OfListed(relative, "unreadable") : InputDigest.OfRead(relative, bytes);


    /// <summary>A Markdown or text file in entries/ or parties/ under another extension: meant as content, but never published.</summary>
    private static bool WrongTextExtension(string relative) =>
        (relative.StartsWith("entries/", StringComparison.Ordinal) || relative.StartsWith("parties/", StringComparison.Ordinal))
        && Path.GetExtension(relative) is var extension && extension != ".md"
        && extension.ToLowerInvariant() is ".md" or ".markdown" or ".mdown" or ".mkd" or ".txt";

    private static FileKind Classify(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        // A Markdown file whose name starts with '.' where content goes (".md", ".draft.md") looks like content but is hidden.
        if (name.StartsWith('.') && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && (relative.StartsWith("entries/", StringComparison.Ordinal) || relative.StartsWith("parties/", StringComparison.Ordinal)
                || relative.StartsWith("pages/", StringComparison.Ordinal))) return FileKind.HiddenContent;
        if (name.StartsWith('.') || name.Equals("README.md", StringComparison.OrdinalIgnoreCase)) return FileKind.Ignored;
        if (relative == "site.yml") return FileKind.SiteSettings;
        if (relative.StartsWith("static/", StringComparison.Ordinal)) return FileKind.Static;
        if (relative.StartsWith("entries/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal)) return FileKind.Entry;
        if (relative.StartsWith("parties/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal)
            && relative.IndexOf('/', "parties/".Length) < 0) return FileKind.Party;
        if (relative.StartsWith("pages/", StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal)
            && relative.IndexOf('/', "pages/".Length) < 0) return FileKind.Page;
        return FileKind.Unexpected;
    }

    /// <summary>Every file under <paramref name="folder"/>, and every symbolic link (to a file or a folder) without following it, in ordinal order.</summary>
    private static List<ListedFile> EnumerateFiles(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new FileSystemEnumerable<ListedFile>(folder,
            (ref FileSystemEntry e) => Listed(ref e), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            // Never descend into a linked folder: it may loop back on itself ("static/d -> .").
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
        };
        var listed = files.ToList();
        listed.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return listed;
    }

    /// <summary>
    /// The previous listing with each changed path listed again: a file or link by itself, a folder with everything under it. Listing
    /// 10,000 files cost 60–100 ms of every preview save; a save changes one.
    /// </summary>
    private List<ListedFile> Relist(IReadOnlyList<ListedFile> previous, IReadOnlySet<string> changed)
    {
        if (changed.Contains(_root) || !Directory.Exists(_root)) return EnumerateFiles(_root);
        var separator = Path.DirectorySeparatorChar;
        var relisted = changed.Where(p => p.StartsWith(_root + separator, StringComparison.Ordinal)).ToList();
        if (relisted.Count == 0) return previous.ToList();
        if (InPlace(previous, relisted) is { } saved) return saved;
        bool Under(string path, string changedPath) => path == changedPath || path.StartsWith(changedPath + separator, StringComparison.Ordinal);
        var listing = previous.Where(f => !relisted.Any(changedPath => Under(f.FullPath, changedPath))).ToList();
        foreach (var path in relisted)
        {
            var entry = ListOne(path);
            if (entry is null) continue;
            if (entry.Value.IsFolder) listing.AddRange(EnumerateFiles(path));
            else listing.Add(entry.Value.File);
        }
        // A full listing never enters a linked folder, so neither does this one (a watcher may report paths through the link).
        var links = listing.Where(f => f.IsLink).Select(f => f.FullPath + separator).ToList();
        if (links.Count > 0) listing = listing.Where(f => !links.Any(link => f.FullPath.StartsWith(link, StringComparison.Ordinal))).ToList();
        // One path can be named twice (a folder and a file in it); the listing holds each file once.
        return listing.DistinctBy(f => f.FullPath, StringComparer.Ordinal).OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The common save: every reported path is a file the listing already has, and still a plain file. Only their stamps change,
    /// in place, so the listing keeps its order and is not sorted again (at 10,000 files that was most of a save's listing time).
    /// Null for anything else (a new, removed or renamed file, a folder, a link), which <see cref="Relist"/> lists in full.
    /// </summary>
    private static List<ListedFile>? InPlace(IReadOnlyList<ListedFile> previous, IReadOnlyList<string> changed)
    {
        var listing = previous.ToList();
        foreach (var path in changed)
        {
            var at = listing.FindIndex(f => string.Equals(f.FullPath, path, StringComparison.Ordinal));
            if (at < 0 || listing[at].IsLink || ListOne(path) is not { IsFolder: false } now || now.File.IsLink || now.File.IsSpecial
                || !string.Equals(now.File.FullPath, path, StringComparison.Ordinal))
                return null;
            listing[at] = now.File;
        }
        return listing;
    }

    /// <summary>The entry at <paramref name="fullPath"/>, read from its folder's listing as a full listing reads it; null when it is gone.</summary>
    private static (ListedFile File, bool IsFolder)? ListOne(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder)) return null;
        var name = Path.GetFileName(fullPath);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        var found = new FileSystemEnumerable<(ListedFile, bool)>(folder,
            (ref FileSystemEntry e) => (Listed(ref e), e.IsDirectory && !IsLink(ref e)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => e.FileName.SequenceEqual(name),
        };
        foreach (var entry in found) return entry;
        return null;
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static ListedFile Listed(ref FileSystemEntry entry)
    {
        var fullPath = entry.ToFullPath();
        var isLink = IsLink(ref entry);
        // .NET lists pipes, sockets and devices as plain empty files; only empty ones are asked (one lstat, rarely).
        var isSpecial = !isLink && !entry.IsDirectory && entry.Length == 0 && Output.NativeFileSystem.IsSpecialFile(fullPath);
        return new ListedFile(fullPath, new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks), isLink, isSpecial);
    }

    private static byte[]? ReadStatic(string fullPath, string display, List<Diagnostic> diagnostics)
    {
        try
        {
            if (new FileInfo(fullPath).Length > InputLimits.MaxStaticFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLarge, new SourceLocation(display, 1, 1),
                    $"the file is larger than {InputLimits.MaxStaticFileBytes / (1024 * 1024)} MB, the limit for a file in static/",
                    "publish large files elsewhere (a release, an archive) and link to them"));
                return null;
            }
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(display, 1, 1),
                $"the file could not be read: {e.Message}", "check the file's permissions"));
            return null;
        }
    }

    /// <summary>The file's text, and the <see cref="InputDigest"/> of the bytes it was decoded from.</summary>
    private static (InputFile? Text, byte[] Digest) ReadText(string fullPath, string display, string relative, List<Diagnostic> diagnostics)
    {
        try
        {
            var (fits, read) = ReadWhole(fullPath, InputLimits.MaxTextFileBytes, bytes => Decode(bytes, display, relative, diagnostics));
            if (fits) return read;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLarge, new SourceLocation(display, 1, 1),
                $"the file is larger than {InputLimits.MaxTextFileBytes / 1024} KB, the limit for one entry, party or site.yml",
                "split it into several entries, or move large material to a source it cites"));
            return (null, InputDigest.OfListed(relative, "too large"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(display, 1, 1),
                $"the file could not be read: {e.Message}", "check the file's permissions"));
            return (null, InputDigest.OfListed(relative, "unreadable"));
        }
    }

    private static (InputFile? Text, byte[] Digest) Decode(ReadOnlySpan<byte> bytes, string display, string relative, List<Diagnostic> diagnostics)
    {
        var digest = InputDigest.OfRead(relative, bytes);
        var (text, invalidLine) = StrictUtf8.Decode(bytes);
        if (text is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(display, invalidLine, 1),
                "the file is not valid UTF-8",
                "save the file as UTF-8 (most editors: \"Save with encoding\" → UTF-8)"));
            return (null, digest);
        }
        var forbidden = XmlCharacters.FindForbidden(text);
        if (forbidden >= 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ForbiddenCharacter, At(display, text, forbidden),
                $"the file contains the control character {XmlCharacters.Name(text[forbidden])}, which web pages and feeds cannot carry",
                "delete it (it is invisible in most editors; it often comes from copying text out of a PDF or a terminal)"));
            // The file is still parsed, so its other problems are reported too and links to it are not called broken.
        }
        if (DirectionControls.Find(text) is var control and >= 0)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DirectionControl, At(display, text, control),
                $"the file contains {DirectionControls.Name(text[control])}, an invisible character that changes the order in which the text after it is displayed, so readers may see something other than what reviewers read",
                "delete it (right-to-left words such as Arabic or Hebrew need no control character: browsers order them by themselves)"));
        }
        return (new InputFile(display, relative, text), digest);
    }

    /// <summary>Where the character at <paramref name="index"/> of a file's text is: its 1-based line and column.</summary>
    private static SourceLocation At(string display, string text, int index) =>
        new(display, text.AsSpan(0, index).Count('\n') + 1, index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1);

    /// <summary>By relative path. The listing is usually in that order already (checked in one pass: sorting 10,000 paths that share
    /// a long prefix took several milliseconds of every preview save).</summary>
    private static List<InputFile> Sorted(List<InputFile> files)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (string.CompareOrdinal(files[i - 1].RelativePath, files[i].RelativePath) > 0)
                return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        }
        return files;
    }
}
