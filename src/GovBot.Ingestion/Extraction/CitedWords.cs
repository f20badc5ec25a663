using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Words a speech cites from someone else by an "as … said" clause: "As Secretary-General Antonio Guterres has rightly
/// said, we must combat the dysfunctionality …", "as President Lukashenko put it, waves of digital security could …".
/// The clause after the comma is the cited person's statement.
/// </summary>
internal static partial class CitedWords
{
    public static List<ExtractedQuote> Find(ParsedDocument doc, PersonRegistry registry, string? author)
    {
        var quotes = new List<ExtractedQuote>();
        foreach (var span in doc.Paragraphs)
        {
            foreach (Match m in AsSaid().Matches(doc.Text[..span.End], span.Start))
            {
                var who = m.Groups["who"];
                var tokens = Tokenizer.Tokenize(doc.Text, who.Index, who.Index + who.Length);
                if (MentionParser.NamePhrase(doc.Text, tokens) is not { } mention || (mention.Title is null && !mention.Text.Contains(' ', StringComparison.Ordinal)))
                {
                    continue;
                }

                var person = registry.Find(mention.Text, mention.Start)
                             ?? registry.Register(mention.Text, mention.Start, mention.Title, mention.Organization, mention.Country, mention.Female);
                person.Describe(mention.Title, mention.Organization, mention.Country, mention.Female);
                if (person.Name == author)
                {
                    continue;
                }

                var content = m.Groups["content"];
                quotes.Add(new ExtractedQuote(content.Value, person.Name, QuoteKind.Indirect, content.Index, content.Index + content.Length, m.Groups["verb"].Value));
            }
        }

        return quotes;
    }

    [GeneratedRegex(@"\b[Aa]s\s+(?<who>(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w’'-]+)(?:\s+(?:has|had|have|once|rightly|famously|so|aptly|wisely|recently|also|correctly|just))*\s+(?<verb>said|stated|declared|noted|put\s+it|wrote|reminded\s+us|told\s+us|observed|argued|warned|emphasized|emphasised|stressed|pointed\s+out)\b[^,.:;“”""]{0,60}[,:]\s+(?<content>[^.!?]{12,}[.!?])")]
    private static partial Regex AsSaid();
}
