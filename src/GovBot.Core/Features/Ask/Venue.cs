using System.Text.RegularExpressions;

namespace GovBot.Core.Features.Ask;

/// <summary>A forum or body a question names as the place something was said ("at the IGF"), with the names it goes by.</summary>
public sealed record Venue(string Name, IReadOnlyList<string> Names)
{
    /// <summary>
    /// Whether a document names the venue. An abbreviation counts only in capitals as a whole word, so "ITU" is not found
    /// in "situation" and "Quad" not in "quadruple"; full names count in any case.
    /// </summary>
    public bool IsNamedIn(string text) => Names.Any(name =>
    {
        var abbreviation = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])";
        return Regex.IsMatch(text, pattern, abbreviation ? RegexOptions.None : RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    });
}
