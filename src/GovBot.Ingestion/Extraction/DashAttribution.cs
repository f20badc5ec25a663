using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Government releases often set a quotation apart and sign it on the next line: "“Reporting is the foundation of a good
/// defence.”" then "– Rachel Ouellet, Head of the Canadian Centre for Cyber Security". The signature names the speaker
/// of the quoted paragraphs above it that nobody else claimed.
/// </summary>
internal static partial class DashAttribution
{
    public static List<ExtractedQuote> Apply(ParsedDocument doc, PersonRegistry registry, List<ExtractedQuote> quotes)
    {
        SignedInLine(doc, registry, quotes);
        for (var p = 1; p < doc.Paragraphs.Count; p++)
        {
            // A signature line opens with a dash: other paragraphs are not copied out for the pattern.
            if (doc.Paragraphs[p] is not { Length: > 0 } line || doc.Text[line.Start] is not ('–' or '—' or '-') || Signature().Match(line.Of(doc.Text)) is not { Success: true } signature)
            {
                continue;
            }

            var name = signature.Groups["name"].Value.Trim();
            var post = signature.Groups["post"].Value.Trim();
            var tokens = Tokenizer.Tokenize(name, 0, name.Length);
            if (tokens.Count < 2 || MentionParser.NamePhrase(name, tokens) is not { } mention || mention.Text != name)
            {
                continue;
            }

            // A signature signs a quotation set apart above it; a list of bullets ("- Defensible, where …") signs nothing.
            var above = doc.Paragraphs[p - 1];
            if (!IsSetApartQuotation(above.Of(doc.Text)))
            {
                continue;
            }

            var signed = quotes.FindAll(q => string.IsNullOrEmpty(q.Speaker) && q.Start >= above.Start && q.End <= above.End);
            if (signed.Count == 0)
            {
                continue;
            }

            var postTokens = Tokenizer.Tokenize(post, 0, post.Length);
            var (title, organization, country) = post.Length == 0 ? (null, null, null) : RolePhrase.Parse(post, postTokens);
            var person = registry.Find(name, above.Start) ?? registry.Register(name, above.Start);
            person.Describe(title ?? (post.Length > 0 ? post : null), organization, country, null);
            foreach (var quote in signed)
            {
                quotes[quotes.IndexOf(quote)] = quote with { Speaker = person.Name };
            }
        }

        return quotes;
    }

    private static bool IsSetApartQuotation(string paragraph) =>
        paragraph.TrimStart() is { Length: > 0 } text && text[0] is '"' or '“' or '«' or '„' or '\'' or '‘';

    /// <summary>
    /// Vox pops sign a quotation in its own paragraph: "“We can't afford another year like this.” — Dana Reyes, 52, of
    /// Toledo". The signature names the speaker; an age or a home town is not a title.
    /// </summary>
    private static void SignedInLine(ParsedDocument doc, PersonRegistry registry, List<ExtractedQuote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (!string.IsNullOrEmpty(quote.Speaker))
            {
                continue;
            }

            var paragraph = doc.Paragraphs.FirstOrDefault(p => p.Start <= quote.Start && quote.End <= p.End);
            if (paragraph.End == 0)
            {
                continue;
            }

            var after = quote.End;
            while (after < paragraph.End && (doc.Text[after] is '"' or '”' or '’' or '\'' or ',' or '.' or '!' or '?' || char.IsWhiteSpace(doc.Text[after])))
            {
                after++;
            }

            var signature = Signature().Match(doc.Text[after..paragraph.End]);
            if (after == quote.End || !signature.Success)
            {
                continue;
            }

            var name = signature.Groups["name"].Value.Trim();
            var tokens = Tokenizer.Tokenize(name, 0, name.Length);
            if (tokens.Count < 2 || MentionParser.NamePhrase(name, tokens) is not { } mention || mention.Text != name)
            {
                continue;
            }

            var post = signature.Groups["post"].Value.Trim();
            var person = registry.Find(name, after) ?? registry.Register(name, after);
            if (post.Length > 0 && !char.IsDigit(post[0]) && !post.StartsWith("of ", StringComparison.Ordinal))
            {
                var (title, organization, country) = RolePhrase.Parse(post, Tokenizer.Tokenize(post, 0, post.Length));
                person.Describe(title, organization, country, null);
            }

            quotes[i] = quote with { Speaker = person.Name };
        }
    }

    [GeneratedRegex(@"^[–—-]\s*(?:The\s+Honourable\s+|The\s+Hon\.?\s+|Hon\.?\s+)?(?<name>[\p{Lu}][\p{L}.'’ -]{2,60}?)(?:,\s*(?<post>[^\n]{2,200}))?\s*$")]
    private static partial Regex Signature();
}
