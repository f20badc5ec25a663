using System.Text.RegularExpressions;

namespace GovBot.Core.Text;

/// <summary>
/// A statement as a reader should see it: a fact sheet's list markers ("- ", "• ", "1. ", "(a) ") and the upper-case
/// heading a paragraph opens with ("THWARTING CYBER CRIMES: Today, …") are layout, not words anybody said, so they are
/// dropped at the start of the statement and of each of its lines. The stored text keeps them: search and the stored
/// vectors read the paragraph as the page has it.
/// </summary>
public static partial class StatementText
{
    public static string Clean(string text)
    {
        var cleaned = ListMarker().Replace(text, "");
        cleaned = UpperHeading().Replace(cleaned, "");
        return cleaned.Trim();
    }

    [GeneratedRegex(@"(?m)^[ \t]*[A-Z][A-Z’'&,-]*(?:[ \t]+[A-Z’'&,-]+)+:[ \t]+(?=[A-Z])")]
    private static partial Regex UpperHeading();

    [GeneratedRegex(@"(?m)^[ \t]*(?:[-–—•▪◦‣●*]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+")]
    private static partial Regex ListMarker();
}
