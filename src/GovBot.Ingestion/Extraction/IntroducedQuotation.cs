using System.Text.RegularExpressions;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Whether the words before a quotation hand it to someone: "from President Harry Truman: “…", "a memorandum … which states
/// that “…", "who once said, “…". A speech also puts titles and themes in quotation marks ("the outcome document, entitled
/// “The future we want”", "the theme of the session is “…”"): those are the author's words, whoever was named last.
/// </summary>
internal static partial class IntroducedQuotation
{
    private const int LookBack = 60;

    public static bool IsIntroduced(string text, int quoteStart)
    {
        var from = Math.Max(0, quoteStart - LookBack);
        var before = text[from..quoteStart].TrimEnd(' ', '\n', '\r', '\t', '“', '"', '‘', '\'');
        return Introduction().IsMatch(before);
    }

    [GeneratedRegex(@"(?:[:,]|\b(?:that|said|says|saying|wrote|writes|stated|states|declared|declares|put it|words))$", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();
}
