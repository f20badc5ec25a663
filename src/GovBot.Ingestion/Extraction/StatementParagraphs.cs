using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>In a speech or statement every prose paragraph is the author's own words; headings, times and room names are not.</summary>
internal static partial class StatementParagraphs
{
    public static List<ExtractedQuote> Read(ParsedDocument doc, string? author) => Read(doc, author, 0, doc.Paragraphs.Count);

    /// <summary>The prose paragraphs in [<paramref name="from"/>, <paramref name="to"/>), as the author's words.</summary>
    public static List<ExtractedQuote> Read(ParsedDocument doc, string? author, int from, int to)
    {
        var quotes = new List<ExtractedQuote>();
        foreach (var span in doc.Paragraphs.Take(to).Skip(from))
        {
            var text = span.Of(doc.Text);
            if (!IsProse(text))
            {
                continue;
            }

            quotes.Add(new ExtractedQuote(text, author, QuoteKind.Direct, span.Start, span.End, null));
        }

        return quotes;
    }

    public static bool IsProse(string text)
    {
        if (Furniture().IsMatch(text))
        {
            return false;
        }

        var words = SpaceSeparatedWords.Count(text);
        var ends = text.AsSpan().TrimEnd(ClosingMarks) is [.., '.' or '?' or '!' or ':' or ';'];
        return words >= 12 || (words >= 3 && ends);
    }

    private const string ClosingMarks = "\"”) ";

    [GeneratedRegex(@"^(###|END|\d{1,2}:\d{2}\s*[AP]\.?M\.?.*|\[.*\]|\(.*\)|Thank you\.?|Thank you very much\.?|Thank you, everybody\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();
}
