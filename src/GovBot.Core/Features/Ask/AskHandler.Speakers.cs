namespace GovBot.Core.Features.Ask;

/// <summary>Who a question names as speaker, and where in the question.</summary>
public sealed partial class AskHandler
{
    /// <summary>Common English words that are also surnames: in a lower-case question they are words, not people.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "long", "may", "will", "brown", "green", "white", "black", "young", "rice", "price", "bush", "hill", "king", "bell",
        "law", "rule", "rules", "security", "cyber", "hack", "state", "states", "china", "russia", "data", "power", "strong",
    };

    /// <summary>The speakers a question names, its topic less their name, and where it names them.</summary>
    private (IReadOnlyList<string> SpeakerIds, string Topic, NamePlace Place, IReadOnlyList<string> NamedAs) ResolveSpeaker(ParsedQuestion parsed)
    {
        foreach (var candidate in parsed.NameCandidates.OrderByDescending(c => c.Split(' ').Length))
        {
            var capitalised = char.IsUpper(candidate[0]);
            if (!capitalised && (CommonWords.Contains(candidate) || candidate.Length < 4))
            {
                continue;
            }

            var matches = index.FindSpeakers(candidate, 5);
            if (matches.Count == 0)
            {
                continue;
            }

            // "The Biden administration", "Trump's government", "the biden team": the government or staff a person led
            // speaks, not the person.
            if (System.Text.RegularExpressions.Regex.IsMatch(parsed.Topic, $@"\b{System.Text.RegularExpressions.Regex.Escape(candidate)}(?:['’]s)?\s+(?:administration|government|team|camp|aides|officials|staff|cabinet|white\s+house)\b",
                    System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            {
                continue;
            }

            // An abbreviation the lexicon does not know ("CISA") is a body's name unless someone on record is called exactly that.
            if (IsAbbreviation(candidate) && matches[0].Score < 1.0)
            {
                continue;
            }

            var best = matches[0];
            // Lower-case words are a name only when one of them is a word of the name itself, not of a title kept as an
            // alias ("information security" is no name, though a long alias holds "Information Technology").
            if (!capitalised && !SharesWord(best.Name, candidate))
            {
                continue;
            }

            var multiWord = candidate.Contains(' ', StringComparison.Ordinal);
            // One word must match a name's word exactly; two or more may carry a typo ("Anne Neubrger").
            if (best.Score < (multiWord ? 0.6 : 0.85))
            {
                continue;
            }

            // Several speakers tied on the same words are usually one person under several spellings ("Biden", "Joe Biden").
            var tied = matches.Where(m => m.Score >= best.Score - 0.15 && SharesWord(m.Name, candidate)).Select(m => m.SpeakerId).ToList();
            var words = candidate.Split(' ');
            var topic = string.Join(' ', parsed.Topic.Split(' ').Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase)));
            bool Within(IReadOnlyList<string> slot) => words.All(w => slot.Contains(QuestionParser.WithoutPossessive(w), StringComparer.OrdinalIgnoreCase));
            var place = Within(parsed.SubjectWords) ? NamePlace.Subject : Within(parsed.ActorWords) ? NamePlace.Actor : NamePlace.Elsewhere;
            return (tied.Count > 0 ? tied : [best.SpeakerId], topic, place, words.Select(QuestionParser.WithoutPossessive).ToList());
        }

        return ([], parsed.Topic, NamePlace.Elsewhere, []);
    }

    private static bool IsAbbreviation(string candidate) =>
        candidate.Length >= 2 && candidate.Any(char.IsLetter) && candidate.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');

    private static bool SharesWord(string name, string candidate)
    {
        var nameWords = Text.NameKey.Tokens(name);
        return Text.NameKey.Tokens(candidate).Any(w => nameWords.Contains(w));
    }
}
