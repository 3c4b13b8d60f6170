using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Explainer.Rendering;

/// <summary>Serves theme partials to Fluid's <c>{% render %}</c> from memory, so rendering never touches the disk.</summary>
public sealed class InMemoryFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    // One file per partial, encoded once: Fluid asks for the partial's file at every {% render %} (it then finds the parsed
    // template in its cache), and encoding the text again each time was 80 MB of a 10,000-entry build's allocations.
    private readonly Dictionary<string, IFileInfo> _files =
        files.ToDictionary(f => f.Key, f => (IFileInfo)new MemoryFile(f.Key, f.Value), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string path, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(path);
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
