using System.Text;
using GovBot.Core.Commands;

namespace GovBot.Rendering;

/// <summary>Prints a reply as plain text: title, lines, fields, then numbered sources.</summary>
public static class TerminalRenderer
{
    /// <summary>Fields shown: every one, unless the reply pages in smaller steps than usual (ask shows its best three).</summary>
    private static int Visible(CommandReply reply) => reply.PageSize < 5 ? reply.PageSize : reply.Fields.Count;

    public static string Render(CommandReply reply)
    {
        var sb = new StringBuilder();
        sb.AppendLine(reply.Title);
        sb.AppendLine(new string('=', Math.Min(Math.Max(reply.Title.Length, 3), 80)));
        foreach (var line in reply.Lines)
        {
            sb.AppendLine(line);
        }

        foreach (var field in reply.Fields.Take(Visible(reply)))
        {
            sb.AppendLine();
            sb.AppendLine(field.Name);
            foreach (var line in field.Value.Split('\n'))
            {
                sb.Append("  ").AppendLine(line);
            }
        }

        var hidden = reply.Fields.Count - Visible(reply);
        if (hidden > 0)
        {
            sb.AppendLine();
            sb.Append("… and ").Append(hidden).AppendLine(hidden == 1 ? " more result." : " more results.");
        }

        // Only the sources of what is on screen: a hidden answer's source would cite something nobody can see.
        var citations = reply.CitationsFor(reply.Fields.Take(Visible(reply)));
        if (citations.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Sources");
            for (var i = 0; i < citations.Count; i++)
            {
                sb.Append("  [").Append(i + 1).Append("] ").AppendLine(citations[i].ToString());
            }
        }

        if (reply.Footer is not null)
        {
            sb.AppendLine();
            sb.AppendLine(reply.Footer);
        }

        return sb.ToString();
    }
}
