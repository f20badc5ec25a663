using System.Text.RegularExpressions;

namespace GovBot.Core.Text;

/// <summary>
/// A statement as a reader should see it: a fact sheet's list markers ("- ", "• ", "1. ", "(a) ") are layout, not
/// words anybody said, so they are dropped at the start of the statement and of each of its lines.
/// </summary>
public static partial class StatementText
{
    public static string Clean(string text)
    {
        var cleaned = ListMarker().Replace(text, "");
        return cleaned.Trim();
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?:[-–—•▪◦‣●*]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+")]
    private static partial Regex ListMarker();
}
