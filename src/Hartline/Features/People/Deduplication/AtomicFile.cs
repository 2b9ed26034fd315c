namespace Hartline.Features.People.Deduplication;

/// <summary>
/// A file written beside its destination and moved into place only when complete, so a failed or cancelled
/// run never leaves a half-written output that looks like a result.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _destination, _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    /// <summary>Opens the temporary file at once: an unwritable folder is found before an hour's work, not after.</summary>
    public AtomicFile(string destination)
    {
        _destination = Path.GetFullPath(destination);
        _temporary = Path.Combine(Path.GetDirectoryName(_destination)!, $".{Path.GetFileName(_destination)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    public Stream Stream => _stream;

    /// <summary>Flushes the file to disk and moves it over the destination.</summary>
    public void Commit()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temporary, _destination, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        _stream.Dispose();
        try { File.Delete(_temporary); } catch (IOException) { /* best effort: the destination was never touched */ }
    }
}
