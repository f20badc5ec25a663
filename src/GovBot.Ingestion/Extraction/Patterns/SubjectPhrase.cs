using GovBot.Core.Text;

namespace GovBot.Ingestion.Extraction.Patterns;

/// <summary>
/// The subject of a reporting verb that is neither a person's name nor a pronoun: a described group, a document or a
/// poll's respondents ("Campaign aides say …", "A court filing says …", "Six in 10 voters said …").
/// News reports such speech as often as a named person's, and the phrase as written is the best speaker there is.
/// </summary>
internal static class SubjectPhrase
{
    private const int MaxTokens = 12;

    private static readonly HashSet<string> Heads =
        EmbeddedLines.Read(typeof(SubjectPhrase).Assembly, ".subject-heads.txt")
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may open a sentence before its subject.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "still", "now", "meanwhile", "however", "yet", "instead", "separately", "also", "even", "while", "though",
        "although", "whereas", "indeed",
    };

    /// <summary>Auxiliaries and adverbs between a subject and its verb: "have long said", "isn’t saying", "still say".</summary>
    private static readonly HashSet<string> BeforeVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "will", "would", "did", "does", "do", "can", "could", "may", "might", "should", "must", "is", "are",
        "was", "were", "isn’t", "isn't", "aren’t", "aren't", "wasn’t", "wasn't", "weren’t", "weren't", "hasn’t", "hasn't",
        "haven’t", "haven't", "didn’t", "didn't", "doesn’t", "doesn't", "won’t", "won't", "not", "also", "still", "now", "later",
        "previously", "repeatedly", "often", "already", "even", "just", "never", "reportedly", "publicly", "privately", "recently",
        "again", "too", "long", "first", "initially", "separately", "similarly", "further", "then", "once", "always", "since",
        "generally", "consistently", "basically", "simply", "flatly", "openly", "quickly", "actually", "clearly", "explicitly",
    };

    /// <summary>Words that make a phrase something other than a subject noun phrase: clauses, pronouns, verbs.</summary>
    private static readonly HashSet<string> NotInSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "who", "whom", "which", "that", "what", "when",
        "where", "why", "how", "if", "whether", "because", "as", "than", "this", "these", "those", "there", "here", "nobody",
        "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "no", "not", "nothing", "something", "anything",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "should", "must", "to", "while", "after", "before", "since", "until", "though", "although",
        "or", "nor", "so", "let", "lets", "let’s", "let's", "please", "just", "also", "would've", "one", "ones", "way", "thing",
        "things", "time", "only", "enough", "hard", "fair", "safe", "needless", "suffice", "truth", "my", "our", "your", "his",
        "her", "their", "its", "itself", "themselves", "himself", "herself", "yourself", "myself",
    };

    /// <summary>
    /// The subject phrase ending before the verb at <paramref name="verb"/> and starting the clause (at <paramref name="first"/>,
    /// after an opener or after a comma), as its first and last token; null when the words are not a noun phrase.
    /// </summary>
    public static (int Start, int End)? Before(List<Token> toks, int first, int verb)
    {
        // "Critics, however, say …": a short aside or an adverbial between the subject and its verb.
        var end = VerbAdverbials.Start(toks, first, verb) - 1;
        while (end >= first && BeforeVerb.Contains(toks[end].Text) && !char.IsUpper(toks[end].Text[0]))
        {
            end--;
        }

        if (end < first)
        {
            return null;
        }

        // "the majority of drivers admitted were trained abroad": a participle before "are" reports nothing.
        var passive = verb + 1 < toks.Count && toks[verb + 1].Lower is "is" or "are" or "was" or "were";
        if (!passive && PollShare.Before(toks, first, end) is { } pollShare)
        {
            return pollShare;
        }

        if (!passive && QuantifierSubject.Before(toks, first, end) is { } quantified)
        {
            return quantified;
        }

        // "Her campaign volunteers here said": a place adverb closes the subject.
        if (end > first && toks[end].Lower is "here" or "there" && !toks[end].IsCapitalized)
        {
            end--;
        }

        var start = end;
        while (start - 1 >= first && end - start + 1 < MaxTokens && !toks[start - 1].IsPunct(','))
        {
            start--;
        }

        if (start - 1 >= first && !toks[start - 1].IsPunct(','))
        {
            return null;
        }

        while (start <= end && Openers.Contains(toks[start].Text))
        {
            start++;
        }

        if (start > end || toks[start].Lower is "a" or "an" or "the" && start == end)
        {
            return null;
        }

        for (var k = start; k <= end; k++)
        {
            var t = toks[k];
            // "Her advisers and allies say": a possessive determiner may open the phrase.
            if (k == start && t.Lower is "her" or "his" or "their" or "its")
            {
                continue;
            }

            if (!t.IsWord && !t.IsPunct('-') && !t.IsPunct('’') && !t.IsPunct('\'') || NotInSubject.Contains(t.Text) || Vocabulary.IsReportingVerb(t.Text) && !char.IsUpper(t.Text[0]))
            {
                return null;
            }
        }

        if (ClauseInPhrase.HasFiniteVerb(toks, start, end))
        {
            return null;
        }

        // The head is a noun: not a preposition, article or adverb left hanging ("The best way to", "Frankly").
        var head = toks[end];
        if (head.Lower is "of" or "in" or "for" or "at" or "from" or "on" or "the" or "a" or "an" or "and" or "with" or "by" or "about" or "to" or "like" ||
            head.Lower.EndsWith("ly", StringComparison.Ordinal) && !char.IsUpper(head.Text[0]))
        {
            return null;
        }

        // "Six in 10 voters", "the Ortiz campaign’s", "Forty percent of farmers": a head from the lexicon, or a poll's share.
        var headWord = head.Text.EndsWith("’s", StringComparison.Ordinal) || head.Text.EndsWith("'s", StringComparison.Ordinal) ? head.Text[..^2] : head.Text.TrimEnd('’', '\'');
        var share = head.Text.All(char.IsDigit) && end - start >= 2 && toks[end - 1].Lower == "in";
        if (!share && !Enumerable.Range(start, end - start + 1).Any(k => Heads.Contains(toks[k].Text) && EndsNounPhrase(toks, k, end)) && !Heads.Contains(headWord))
        {
            return null;
        }

        return (start, end);
    }

    /// <summary>
    /// A poll's share or a quantifier opening a second clause after the statement whose verb is at <paramref name="previousVerb"/>:
    /// "58 percent said …; fewer than a third said …", "Many tenants have said … and others have said …". Its first
    /// and last token, or null.
    /// </summary>
    public static (int Start, int End)? SecondShare(List<Token> toks, int previousVerb, int verb)
    {
        var end = VerbAdverbials.Start(toks, previousVerb + 1, verb) - 1;
        while (end > previousVerb && BeforeVerb.Contains(toks[end].Text) && !char.IsUpper(toks[end].Text[0]))
        {
            end--;
        }

        return end <= previousVerb + 1 || (verb + 1 < toks.Count && toks[verb + 1].Lower is "is" or "are" or "was" or "were") ? null
            : PollShare.Before(toks, previousVerb + 2, end, second: true) ?? QuantifierSubject.Before(toks, previousVerb + 2, end, second: true);
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> is the head its phrase ends with: last, or followed by a preposition or a
    /// participle ("delegates at the fair", "A court filing lodged on Monday"), or a share ("percent of Democrats").
    /// </summary>
    private static bool EndsNounPhrase(List<Token> toks, int k, int end)
    {
        if (k == end || toks[k].Lower is "percent" or "majority" or "majorities" or "half" or "third" or "most")
        {
            return true;
        }

        var next = toks[k + 1];
        return next.Lower is "in" or "at" or "of" or "from" or "for" or "with" or "on" or "to" or "close" or "familiar" or "involved" ||
               (next.IsWord && char.IsLower(next.Text[0]) && next.Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Whether the phrase starting at <paramref name="subjectStart"/> is the object of a preposition inside a longer subject.</summary>
    public static bool IsPrepositionObject(List<Token> toks, int first, int subjectStart) =>
        subjectStart > first && subjectStart < toks.Count && toks[subjectStart - 1].Lower is "in" or "at" or "of" or "from" or "for" or "with" or "on" or "to" or "by" or "among";

    /// <summary>Whether the word is a head of the lexicon: a group of people, a poll or a document.</summary>
    public static bool IsDocumentOrGroup(string word) => Heads.Contains(word);

    /// <summary>
    /// Whether the verb reports speech rather than a belief or a wish: a group that "believes" or "hopes" is a poll's
    /// finding, not a statement, unless a speech verb reports it.
    /// </summary>
    public static bool IsSpeechVerb(string verb) =>
        Lexicon.Lexicons.ReportingVerbs.TryGetValue(verb, out var lemma) &&
        lemma is "say" or "tell" or "add" or "note" or "state" or "stated" or "announce" or "claim" or "argue" or "explain" or "insist" or "warn"
            or "wrote" or "write" or "stress" or "acknowledge" or "admit" or "confirm" or "deny" or "predict" or "maintain" or "contend" or "assert"
            or "declare" or "reiterate" or "caution" or "emphasise" or "emphasize";

    /// <summary>
    /// A speech verb, or "ask": a group or a body that asks a question or makes a request ("Callers asked whether …", "The
    /// ministry asked the board to delay …") speaks it. Relative clauses keep to <see cref="IsSpeechVerb"/>: in "the emails
    /// that Ortiz asked Voss to find" the thing before "that" is what was asked for, not words of the asker's.
    /// </summary>
    public static bool IsSpeechOrRequestVerb(string verb) =>
        IsSpeechVerb(verb) || Lexicon.Lexicons.IsFormOf(verb, "ask");

    /// <summary>
    /// Whether a verb that passed <see cref="IsSpeechOrRequestVerb"/> reports only the words after it: the question or request
    /// of "ask" follows it, so the words before "…, reporters asked" are never what was asked.
    /// </summary>
    public static bool ReportsOnlyWordsAfter(string verb) => !IsSpeechVerb(verb);

    /// <summary>The phrase as written, without a leading article: "the campaign’s aides" → "campaign’s aides".</summary>
    public static string Text(string text, List<Token> toks, int start, int end)
    {
        if (start < end && toks[start].Lower is "the" or "a" or "an")
        {
            start++;
        }

        // "Just under a third, 31 percent, say": the aside's closing comma is no part of the speaker.
        if (end > start && toks[end].IsPunct(','))
        {
            end--;
        }

        return text[toks[start].Start..toks[end].End];
    }

    /// <summary>Where the auxiliaries before a verb start: "Ortiz isn’t saying" → the index of "isn’t".</summary>
    public static int AuxiliariesStart(List<Token> toks, int first, int verb)
    {
        var k = verb;
        while (k - 1 > first && BeforeVerb.Contains(toks[k - 1].Text) && !char.IsUpper(toks[k - 1].Text[0]))
        {
            k--;
        }

        return k;
    }
}
