namespace GovBot.Ingestion.Extraction;

/// <summary>
/// An institution that speaks for itself at the start of a sentence: "The White House said …", "The National Rifle
/// Association says …", "The Okafor campaign said …". The speaker is the body as written. A possessive owner ("Norway's government") is
/// left out: what a country's government said is reported through its officials, and the gold sets do not count it.
/// </summary>
internal static class OrganisationSubject
{
    private const int MaxTokens = 7;

    private static readonly HashSet<string> Bodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "campaign", "administration", "government", "committee", "department", "agency", "ministry", "office", "council", "party",
    };

    /// <summary>The body named by tokens first..verb-1, or null when they are not a capitalised name of a body.</summary>
    public static string? Before(string text, List<Token> toks, int first, int verb)
    {
        var start = first;
        if (start < verb && toks[start].Lower is "but" or "and")
        {
            start++;
        }

        if (start < verb && toks[start].Lower == "the")
        {
            start++;
        }

        var end = verb;
        if (end - start is < 1 or > MaxTokens)
        {
            return null;
        }

        var words = toks.GetRange(start, end - start);
        if (words.Any(MentionParser.IsPossessive))
        {
            return null;
        }

        var last = words[^1];
        // "the American Policy Network", "Ridgeway Gun Group": an organisation's head word closes a body's name as well.
        var bodyHead = Bodies.Contains(last.Text) || (last.IsCapitalized && words.Count > 1 && Lexicon.Lexicons.OrganizationHeads.Contains(last.Text));
        var capitalised = words.Count(w => w.IsCapitalized);
        if (capitalised == 0 || !words[0].IsCapitalized || Vocabulary.NonNameCapitals.Contains(words[0].Text) && !bodyHead && words.Count == 1)
        {
            return null;
        }

        // "Then I said", "Today We say": a personal pronoun after an opening adverb is the subject, and no body's name.
        if (words.Any(w => w.Text is "I" or "We" or "He" or "She" or "They" or "It"))
        {
            return null;
        }

        // Every word is capitalised, a joiner between capitalised words, or the closing body noun ("campaign").
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var joiner = Vocabulary.Connectors.Contains(w.Text) && i > 0 && i + 1 < words.Count && words[i + 1].IsCapitalized;
            if (!(w.IsWord && (w.IsCapitalized || joiner || (i == words.Count - 1 && bodyHead))))
            {
                return null;
            }
        }

        // A person's name alone is a person, left to the name rules; a body needs a body word or several capitalised words.
        if (!bodyHead && (capitalised < 2 || words.All(w => Vocabulary.IsNameWord(w))))
        {
            return null;
        }

        return text[words[0].Start..last.End];
    }
}
