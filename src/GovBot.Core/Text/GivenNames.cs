using System.Reflection;

namespace GovBot.Core.Text;

/// <summary>Whether two full names can be one person: same family name, and given names that agree (an initial, a short form).</summary>
public static class GivenNames
{
    private static readonly Dictionary<string, int> Groups = Load();

    /// <summary>"Joe Biden" ~ "Joseph R. Biden" ~ "Joseph Biden"; "Joe Biden" ≁ "Jill Biden"; one-word names never (see the store's surname rule).</summary>
    public static bool SamePerson(string a, string b)
    {
        var x = NameKey.Tokens(a);
        var y = NameKey.Tokens(b);
        if (x.Length < 2 || y.Length < 2 || x[^1] != y[^1])
        {
            return false;
        }

        return Agree(x[0], y[0]);
    }

    private static bool Agree(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0];
        }

        return Groups.TryGetValue(a, out var ga) && Groups.TryGetValue(b, out var gb) && ga == gb;
    }

    private static Dictionary<string, int> Load()
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = EmbeddedLines.Read(typeof(GivenNames).Assembly, ".given-name-variants.txt");
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var name in lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                groups.TryAdd(NameKey.For(name), i);
            }
        }

        return groups;
    }
}
