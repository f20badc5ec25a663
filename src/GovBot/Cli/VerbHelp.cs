using System.Text;

namespace GovBot.Cli;

/// <summary>The text of <c>GovBot --help</c> and <c>GovBot VERB --help</c>, in aligned columns.</summary>
public static class VerbHelp
{
    private const int MaxColumn = 46;

    public static string Overview(IReadOnlyList<IVerb> verbs)
    {
        var rows = new List<(string Left, string Right)> { ("GovBot", "start the Discord bot (needs Discord__Token)") };
        rows.AddRange(verbs.Select(v => ($"GovBot {v.Usage}", v.Description)));
        rows.Add(("GovBot VERB --help, -h", "explain one verb: its options, the values they take, examples"));
        var sb = new StringBuilder()
            .AppendLine("GovBot: what officials and governments have said about cyber governance.")
            .AppendLine()
            .AppendLine("Usage:");
        Columns(sb, rows);
        sb.AppendLine()
            .AppendLine("Exit codes: 0 answered, 1 nothing found or ambiguous, 2 bad input or configuration, 3 failure.")
            .AppendLine("Configuration (environment variables): Storage__Path (default govbot.db), Seed__Path (default data/articles), Discord__Token.");
        return sb.ToString();
    }

    public static string For(IVerb verb)
    {
        var sb = new StringBuilder()
            .Append("Usage: GovBot ").AppendLine(verb.Usage)
            .AppendLine()
            .AppendLine(Capitalise(verb.Description) + ".");
        var rows = verb.OptionHelp.Select(o => (o.Syntax, o.Explained)).ToList();
        rows.Add(("-h, --help", "show this help"));
        sb.AppendLine().AppendLine("Options:");
        Columns(sb, rows);
        if (verb.Examples.Count > 0)
        {
            sb.AppendLine().AppendLine("Examples:");
            foreach (var example in verb.Examples)
            {
                sb.Append("  GovBot ").AppendLine(example);
            }
        }

        return sb.ToString();
    }

    /// <summary>Left column as wide as its widest entry (up to a cap; a longer one puts its text on the next line).</summary>
    private static void Columns(StringBuilder sb, IReadOnlyList<(string Left, string Right)> rows)
    {
        var width = Math.Min(MaxColumn, rows.Max(r => r.Left.Length));
        foreach (var (left, right) in rows)
        {
            sb.Append("  ").Append(left);
            if (left.Length > width)
            {
                sb.AppendLine().Append(' ', width + 2);
            }
            else
            {
                sb.Append(' ', width - left.Length);
            }

            sb.Append("  ").AppendLine(right);
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
