namespace GovBot.Ingestion.Import;

/// <summary>
/// The files of a folder to import, walked without following symbolic links: a link inside the folder (to a file or a
/// folder) is reported and left alone, so a link loop or a link to /dev/zero can neither hang nor exhaust an import.
/// Only regular files are offered for reading; FIFOs, devices and sockets with a document's name are reported.
/// </summary>
public static class DocumentTree
{
    /// <summary>One entry under the root: a regular file to read (<see cref="NotRead"/> null), or why it is not read.</summary>
    public sealed record Entry(string Path, string Key, ImportResult? NotRead);

    /// <summary>The entries under <paramref name="root"/> in ordinal order of their keys (paths relative to the root, '/'-separated).</summary>
    public static IReadOnlyList<Entry> Walk(string root)
    {
        var entries = new List<Entry>();
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<string> children;
            try
            {
                children = Directory.EnumerateFileSystemEntries(folder, "*", options).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                entries.Add(new Entry(folder, Key(root, folder), new ImportResult(Key(root, folder), ImportOutcome.Failed, null, $"the folder cannot be read ({ex.Message})")));
                continue;
            }

            foreach (var child in children)
            {
                var key = Key(root, child);
                var (kind, _) = FileProbe.Probe(child, followLinks: false);
                if (kind == FileKind.Directory)
                {
                    pending.Push(child);
                }
                else if (kind == FileKind.SymbolicLink)
                {
                    var target = FileProbe.Probe(child, followLinks: true).Kind;
                    if (target == FileKind.Directory || IsDocument(child))
                    {
                        entries.Add(new Entry(child, key, new ImportResult(key, ImportOutcome.Skipped, null,
                            $"a symbolic link{(target == FileKind.Missing ? " that leads nowhere" : $" to {FileProbe.Describe(target)}")}; links inside a folder are not followed (import the target itself)")));
                    }
                }
                else if (IsDocument(child))
                {
                    entries.Add(kind == FileKind.Regular
                        ? new Entry(child, key, null)
                        : new Entry(child, key, NotRegular(key, kind)));
                }
            }
        }

        entries.Sort((a, b) => StringComparer.Ordinal.Compare(a.Key, b.Key));
        return entries;
    }

    /// <summary>A file GovBot imports by name: .txt, .md, .html, .htm, but not a folder's README.md.</summary>
    public static bool IsDocument(string path) =>
        DocumentFiles.IsSupported(path) && !System.IO.Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    public static ImportResult NotRegular(string key, FileKind kind) =>
        new(key, ImportOutcome.Skipped, null, $"{FileProbe.Describe(kind)}, not a regular file; only regular files are read");

    private static string Key(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
}
