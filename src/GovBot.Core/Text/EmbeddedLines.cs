using System.Reflection;

namespace GovBot.Core.Text;

/// <summary>
/// Reads a word list compiled into an assembly: trimmed lines, blank lines and <c>#</c> comments dropped. Lists are
/// kept as data files so that linguists can extend them without touching code.
/// </summary>
public static class EmbeddedLines
{
    /// <param name="assembly">The assembly that embeds the file.</param>
    /// <param name="suffix">The end of the resource name, e.g. <c>.Ask.roles.txt</c>; exactly one resource must match.</param>
    public static IReadOnlyList<string> Read(Assembly assembly, string suffix)
    {
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
