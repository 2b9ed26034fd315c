using Microsoft.Extensions.Options;

namespace Hartline.Features.Jobs;

/// <summary>
/// Result files in the jobs folder. A handler writes to a temporary name of its own run; only a complete file is renamed
/// to the job's name (an atomic rename on one file system), so a half-written file is never offered, and a runner that
/// lost its lease and a runner that took it over never write to the same file.
/// </summary>
public sealed class JobFiles(IOptions<JobOptions> options)
{
    private string Folder => options.Value.Directory;

    public FileStream CreateTemporary(Guid jobId, out string path)
    {
        System.IO.Directory.CreateDirectory(Folder);
        path = Path.Combine(Folder, $"{jobId:N}.{Guid.NewGuid():N}.part");
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
    }

    /// <summary>Gives the complete file the job's name; returns that name.</summary>
    public string Publish(string temporary, Guid jobId, string extension)
    {
        var name = $"{jobId:N}.{extension}";
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
        return name;
    }

    public static void Discard(string? temporary)
    {
        if (temporary is not null && File.Exists(temporary)) File.Delete(temporary);
    }

    /// <summary>Removes a finished file (a download already under way keeps reading it to its end).</summary>
    public void Delete(string name)
    {
        var path = Path.Combine(Folder, Path.GetFileName(name));
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Temporary files no runner has written to since <paramref name="before"/>: left by a runner that died.</summary>
    public int DeleteAbandoned(DateTime before)
    {
        if (!System.IO.Directory.Exists(Folder)) return 0;
        var gone = 0;
        foreach (var part in System.IO.Directory.EnumerateFiles(Folder, "*.part"))
            if (File.GetLastWriteTimeUtc(part) < before)
            {
                File.Delete(part);
                gone++;
            }
        return gone;
    }

    /// <summary>The finished file for reading, or null when it is gone (a folder not shared between nodes, a clean-up).</summary>
    public FileStream? Open(string name)
    {
        var path = Path.Combine(Folder, Path.GetFileName(name)); // a stored name, but never a path out of the folder
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
    }
}
