using System.Globalization;
using System.Text.RegularExpressions;
using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Reads a transcript turn by turn. Labels resolve to the full names the document gives ("MS. PSAKI" → Jen Psaki);
/// journalists' questions, moderators and operators are not statements.
/// </summary>
internal sealed partial class TranscriptReader(ParsedDocument doc, PersonRegistry registry)
{
    public List<ExtractedQuote> Read(IReadOnlyDictionary<int, TranscriptTurn> turns)
    {
        var quotes = new List<ExtractedQuote>();
        string? current = null;
        var first = turns.Keys.Min();
        introEnd = doc.Paragraphs[first].Start;
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var p = first; p < doc.Paragraphs.Count; p++)
        {
            var span = doc.Paragraphs[p];
            var start = span.Start;
            if (turns.TryGetValue(p, out var turn))
            {
                if (!resolved.TryGetValue(turn.Label, out current))
                {
                    current = turn.IsQuestion ? null : Resolve(turn.Label, span.Start);
                    resolved[turn.Label] = current;
                }

                start = turn.ContentStart;
            }

            var text = doc.Text[start..span.End];
            if (current is null || !text.Any(char.IsLetter) || Furniture().IsMatch(text))
            {
                continue;
            }

            quotes.Add(new ExtractedQuote(text, current, QuoteKind.Direct, start, span.End, null));
        }

        return quotes;
    }

    // Where the first turn starts: the title and the introduction before it name the interviewee of a Q&A.
    private int introEnd;

    private string? Resolve(string label, int position)
    {
        if (NotSpeaker().IsMatch(label))
        {
            return null;
        }

        if (AnswerLabel().IsMatch(label))
        {
            return Interviewee();
        }

        if (Unnamed().Match(label) is { Success: true } unnamed)
        {
            return unnamed.Groups[1].Value.ToLowerInvariant();
        }

        if (TheOffice().Match(label) is { Success: true } office)
        {
            var role = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(office.Groups[1].Value.ToLowerInvariant());
            var holder = registry.People.FirstOrDefault(p => string.Equals(p.Title, role, StringComparison.OrdinalIgnoreCase))
                         ?? registry.People.FirstOrDefault(p => p.Title?.EndsWith(role, StringComparison.OrdinalIgnoreCase) == true &&
                                                                 !(role == "President" && p.Title.Contains("Vice", StringComparison.OrdinalIgnoreCase)));
            if (holder is not null)
            {
                holder.Aliases.Add(label);
                return holder.Name;
            }

            return role;
        }

        var words = label.Any(char.IsLower) ? label : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label.ToLowerInvariant());
        if (CamelCase().IsMatch(words) && !words.Contains(' ', StringComparison.Ordinal))
        {
            words = CamelCase().Replace(words, "$1 $2");
        }

        var tokens = Tokenizer.Tokenize(words, 0, words.Length);
        var mention = MentionParser.NamePhrase(words, tokens);
        if (mention is null)
        {
            return null;
        }

        var person = registry.Find(mention.Text, position) ?? registry.Register(mention.Text, position, mention.Title, mention.Organization, mention.Country, mention.Female);
        person.Describe(mention.Title, mention.Organization, mention.Country, mention.Female);
        person.Aliases.Add(label);
        return person.Name;
    }

    [GeneratedRegex(@"^(MODERATOR|THE MODERATOR|OPERATOR|OPERTATOR|STAFF|AUDIENCE|PARTICIPANT|VOICE|ANNOUNCER|INTERPRETER)(\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotSpeaker();

    [GeneratedRegex(@"^((?:SENIOR )?(?:ADMINISTRATION|WHITE HOUSE|STATE DEPARTMENT|DEFENSE|U\.S\.) OFFICIAL)(?:\s*#?\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"^THE (PRESIDENT|VICE PRESIDENT|FIRST LADY|SECRETARY|PRIME MINISTER|CHANCELLOR)$", RegexOptions.IgnoreCase)]
    private static partial Regex TheOffice();

    /// <summary>
    /// "Q: … A: …": the answers are the interviewee's, the first person with a full name in the title or the introduction
    /// before the questions ("Q&amp;A with the port commissioner Ilse Marrow"); the journalists come after in the introduction.
    /// </summary>
    private string? Interviewee()
    {
        var named = registry.Named.Where(n => n.Position < introEnd && n.Name.Contains(' ', StringComparison.Ordinal)).OrderBy(n => n.Position).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var (name, position, title) = named[0];
        return (registry.Find(name, position) ?? registry.Register(name, position, title)).Name;
    }

    [GeneratedRegex(@"^(?:A|Answer)$")]
    private static partial Regex AnswerLabel();

    [GeneratedRegex(@"([a-z])([A-Z])")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"^(END\b.*|\d{1,2}:\d{2}\s*[AP]\.?M\.?.*)$")]
    private static partial Regex Furniture();
}
