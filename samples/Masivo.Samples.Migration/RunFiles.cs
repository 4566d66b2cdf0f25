namespace Masivo.Samples.Migration;

/// <summary>
/// An output file of a run. A default-named one (<c>&lt;file&gt;.rejected.csv</c>, <c>&lt;file&gt;.failed.jsonl</c>)
/// is the tool's own: one left by an earlier run is replaced, or removed when this run has nothing to
/// write. A path given with <c>--rejected</c> or <c>--failed</c> is the user's: if a file is there
/// already, the run is refused unless <c>--overwrite</c> is given, and then the file is replaced by this
/// run's (which may be empty), never removed.
/// </summary>
internal sealed record OutputFile(string Option, string Path, bool IsDefault)
{
    /// <summary>Gets how messages name it: the option it was given with, or what it is.</summary>
    public string Name => IsDefault ? $"the {Option.TrimStart('-')} file {Path}" : $"{Option} {Path}";

    /// <summary>Gets whether a file already there may be removed when there is nothing to write: only the tool's default-named files.</summary>
    public bool RemovesStale => IsDefault;
}

/// <summary>
/// The input and the two output files of a run, resolved to full paths and checked before anything is
/// read or sent: the outputs must not be the input or each other (the failed file's <c>.partial</c>
/// included, and after following symbolic links), their folders must exist and let a file be created
/// there, and a file already at an output path must be replaceable (and, for a path the user gave,
/// <c>--overwrite</c> must say so).
/// </summary>
/// <param name="Check">
/// The check file, for customers' events and transactions only (<see langword="null"/> for the other kinds): the records
/// of batches Masivo may have processed (a 5xx, a timeout, a cancellation in flight), to check in Masivo before sending
/// them again. It sits beside the failed file (<c>&lt;file&gt;.check.jsonl</c>) and follows its rules: the tool's own
/// beside a default failed file, the user's beside a path given with <c>--failed</c> (<c>&lt;failed&gt;.check.jsonl</c>).
/// </param>
internal sealed record RunFiles(string Input, OutputFile Rejected, OutputFile Failed, OutputFile? Check = null)
{

    public const string PartialSuffix = ".partial";

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Where the failed file is written before it is moved to its name, so that it appears complete or not at all.</summary>
    public string FailedPartial => Failed.Path + PartialSuffix;

    public static RunFiles For(string input, MigrationSettings settings)
    {
        var failed = settings.FailedFile is { } named ? new OutputFile("--failed", Path.GetFullPath(named), false) : new OutputFile("--failed", Path.ChangeExtension(input, ".failed.jsonl"), true);
        var check = settings.Kind.ItemName() is null ? null : failed with { Path = Path.ChangeExtension(failed.IsDefault ? input : failed.Path, ".check.jsonl") };
        return new(
            input,
            settings.RejectedFile is { } rejected ? new OutputFile("--rejected", Path.GetFullPath(rejected), false) : new OutputFile("--rejected", Path.ChangeExtension(input, ".rejected.csv"), true),
            failed,
            check);
    }

    /// <summary>Why the run cannot use these files, or <see langword="null"/> when it can.</summary>
    public string? Problem(bool overwrite)
    {
        var input = RealPath(Input);
        var rejected = RealPath(Rejected.Path);
        var failed = RealPath(Failed.Path);
        var partial = RealPath(FailedPartial);
        if (Same(rejected, input))
        {
            return $"{Rejected.Name} is the input file: the rejected rows would be written over the rows being read. Give another path.";
        }

        if (Same(failed, input) || Same(partial, input))
        {
            return $"{Failed.Name} is the input file{(Same(failed, input) ? string.Empty : $" (it is written first as {FailedPartial})")}: the records not migrated would be written over the rows being read. Give another path.";
        }

        if (Check is not null && RealPath(Check.Path) is var check && (Same(check, input) || Same(check, rejected)))
        {
            return $"{Check.Path}, where the records to check would be written beside {Failed.Name}, is {(Same(check, input) ? "the input file" : Rejected.Name)}: give another path.";
        }

        if (Same(rejected, failed) || Same(rejected, partial))
        {
            return $"{Rejected.Name} and {Failed.Name} are the same file{(Same(rejected, failed) ? string.Empty : $" (the failed file is written first as {FailedPartial})")}: give each its own path.";
        }

        return WriteProblem(Rejected, Rejected.Path, overwrite)
            ?? WriteProblem(Failed, Failed.Path, overwrite)
            ?? WriteProblem(Failed, FailedPartial, overwrite)
            ?? (Check is null ? null : WriteProblem(Check, Check.Path, overwrite) ?? WriteProblem(Check, Check.Path + PartialSuffix, overwrite));
    }

    /// <summary>Why <paramref name="path"/>, written for <paramref name="output"/>, cannot be created or replaced.</summary>
    private static string? WriteProblem(OutputFile output, string path, bool overwrite)
    {
        var name = path == output.Path ? output.Name : $"{output.Name} (written first as {path})";
        if (Directory.Exists(path))
        {
            return $"{name} is a folder; give a file path.";
        }

        var folder = Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return $"{name} cannot be written: the folder {folder} does not exist.";
        }

        if (File.Exists(path) && !output.IsDefault && !overwrite)
        {
            return $"{name} already exists. Give --overwrite to replace it, or a path where no file is.";
        }

        try
        {
            // A file can be created in the folder (a probe, removed on close)...
            using (new FileStream(Path.Combine(folder, $".masivo-write-check-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"{name} cannot be written: no file can be created in the folder {folder} ({error.Message})";
        }

        try
        {
            // ...and a file already there can be written (not read-only, locked by another process or immutable); it is left as it is.
            if (File.Exists(path))
            {
                using (new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
                {
                }
            }

            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"{name} cannot be written: {error.Message}";
        }
    }

    private static bool Same(string a, string b) => PathComparer.Equals(a, b);

    /// <summary>The full path with every symbolic link along it followed, as far as the file system allows.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            try
            {
                FileSystemInfo entry = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (entry.LinkTarget is not null && depth < 40 && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    var rest = parts.Skip(i + 1).Prepend(target.FullName).ToArray();
                    return RealPath(Path.Combine(rest), depth + 1);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                return full;
            }
        }

        return full;
    }
}
