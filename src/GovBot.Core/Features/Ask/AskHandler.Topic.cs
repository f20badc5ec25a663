using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>The words a question is about: corrected, widened with synonyms, held to a share of them, and weighed as evidence.</summary>
public sealed partial class AskHandler
{
    /// <summary>
    /// Nobody holding the role is on record on the topic, but a readout or fact sheet may tell what the office did
    /// ("National Cyber Director Chris Inglis traveled to Israel …"): statements that name the role, held to the full bar.
    /// </summary>
    private List<StatementHit> StatementsNamingTheRole(StatementQuery query, ExpandedTopic expanded, string role, string topic)
    {
        // The role counts as one exact phrase, so naming a "prime minister" in passing cannot carry an unrelated topic.
        var widened = expanded with { Groups = [.. expanded.Groups, [role]] };
        var minCoverage = CoverageBar(widened);
        var hits = index.SearchStatements(query with { SynonymGroups = widened.Groups, RoleWords = [] });
        return BoostByTitle(hits.Where(h => h.Coverage >= minCoverage).ToList(), topic);
    }

    /// <summary>
    /// The topic words a statement can be held to. A lower-case word no statement or title uses is a typo when a known word
    /// is one or two letters away ("ransomeware"), and is replaced by it. Otherwise it is filler in a long question, dropped, but the
    /// very subject of a short one ("the notpetya attack"), kept so the question is refused. Capitalised unknown words are
    /// named things ("CrowdStrike", "FIFA") the corpus lacks, and always count, unless a long one is a name on record mistyped.
    /// </summary>
    private IEnumerable<string> KnownTopicWords(string topic, Dictionary<string, string> corrections)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(char.IsDigit)).ToList();
        foreach (var word in words)
        {
            if (index.IsCommonWord(word))
            {
                // "got into" is no misspelt "indo": a function word is read past, as the index reads past it.
                continue;
            }

            if (index.OnRecord(word))
            {
                // A word only a title holds ("NBC", "handelsblatt") names an occasion on record: no typo of a statement's word.
                yield return word;
            }
            else if (char.IsUpper(word[0]))
            {
                // A long name one letter away from a name on record is that name mistyped ("Roskomnadzr"), or spelt otherwise
                // than a title spells it ("Cardoso" for "Cardozo"); any other is a named thing the record lacks.
                var near = word.Length >= MinMistypedNameLength ? index.NearestWord(word, maxEdits: 1) ?? index.NearestTitleWord(word) : null;
                if (near is not null)
                {
                    corrections[word] = near;
                    yield return near;
                }
                else
                {
                    yield return word;
                }
            }
            else if (index.NearestWord(word) is { } corrected)
            {
                corrections[word] = corrected;
                yield return corrected;
            }
            else if (words.Count <= ShortTopicWords)
            {
                yield return word;
            }
        }
    }

    /// <summary>Statements enough that a lower-case word none of them uses is no everyday word but a thing the record lacks.</summary>
    private const int LargeRecord = 1000;

    /// <summary>Shorter unknown names are too often another name one letter away ("Long" and "Lang").</summary>
    private const int MinMistypedNameLength = 7;

    /// <summary>
    /// A topic word the record has no statement with, kept because it is a named thing or the subject of a short question,
    /// says the record never speaks of it (the highest bar); a short question's words that no statement holds together, and
    /// words found only outside the question's constraints, count against an answer. Otherwise statements sharing the
    /// words count for one, and a long question sharing none (a paraphrase) leaves meaning to decide.
    /// </summary>
    private WordEvidence Evidence(string topic, IReadOnlyList<StatementHit> hits, StatementQuery query, ExpandedTopic expanded)
    {
        // A word only a title holds ("NBC" of "Interview to NBC") names an occasion on record, not a thing the record lacks.
        var unknown = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !index.OnRecord(w)).ToList();
        if (unknown.Count > 0)
        {
            // A name the record lacks is a thing it never speaks of. So is a lower-case word a large record never uses
            // ("telegram"); a small one may only lack an everyday word for what it holds.
            return unknown.Any(w => char.IsUpper(w[0])) || index.StatementCount >= LargeRecord ? WordEvidence.Unknown : WordEvidence.Against;
        }

        if (hits.Count > 0)
        {
            return WordEvidence.Shared;
        }

        // A short question is its words: when no statement holds them ("who won the football match"), they count against an
        // answer. Only a longer one may be a paraphrase whose every word differs from its answer's.
        var asked = expanded.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + expanded.Groups.Count;
        if (asked <= ShortTopicWords)
        {
            return WordEvidence.Against;
        }

        if (!query.IsNarrowed)
        {
            return WordEvidence.NoneShared;
        }

        var bar = CoverageBar(expanded);
        // Most of the topic, not a word or two of a long paraphrase, must be found elsewhere to say the record speaks of it, only not here.
        return index.SearchStatements(query.OfEveryone()).Any(h => h.Coverage >= Math.Max(bar, ElsewhereCoverage)) ? WordEvidence.Against : WordEvidence.NoneShared;
    }

    /// <summary>
    /// The statements closest in meaning to the question as asked, in the record's words, or as corrected, each at its best
    /// score. The model reads a typo ("cybercrme") as unrelated word pieces, so the corrected reading finds its answer; but a
    /// sound word the record happens to lack ("griped", "gratis") is "corrected" into another word, and then the question as
    /// asked finds it.
    /// </summary>
    private IReadOnlyList<StatementHit>? SimilarToAnyReading(StatementQuery query, string question, string? plain, Dictionary<string, string> corrections) =>
        SimilarReadings.Search(index, query, new[] { question, plain, corrections.Count == 0 ? null : Corrected(question, corrections) }.OfType<string>().ToList());

    private static string Corrected(string question, Dictionary<string, string> corrections) =>
        corrections.Aggregate(question, (text, c) => System.Text.RegularExpressions.Regex.Replace(text,
            $@"\b{System.Text.RegularExpressions.Regex.Escape(c.Key)}\b", c.Value, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <summary>
    /// The topic's words that have synonyms, each as a group with the asked form first, and the words that have none.
    /// Two words may be one entry ("cyber attacks" for "cyberattacks"), so pairs are looked up first.
    /// </summary>
    private static ExpandedTopic Expand(string topic)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = new List<string>();
        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < words.Length; i++)
        {
            var pair = i + 1 < words.Length ? QuestionParser.WithoutPossessive(words[i]) + " " + QuestionParser.WithoutPossessive(words[i + 1]) : null;
            var asked = pair is not null && AskLexicon.Synonyms.ContainsKey(pair) ? pair : QuestionParser.WithoutPossessive(words[i]);
            if (AskLexicon.Synonyms.TryGetValue(asked, out var group))
            {
                groups.Add([asked, .. group.Where(g => !g.Equals(asked, StringComparison.OrdinalIgnoreCase))]);
                i += asked == pair ? 1 : 0;
            }
            else
            {
                plain.Add(words[i]);
            }
        }

        return new ExpandedTopic(string.Join(' ', plain), groups);
    }

    /// <summary>The topic's words without synonyms, and its words with theirs, each group led by the word asked.</summary>
    private sealed record ExpandedTopic(string Text, IReadOnlyList<IReadOnlyList<string>> Groups);

    /// <summary>
    /// The share of the topic a statement must cover. A long paraphrase ("who wants a new UN-backed body to lay down
    /// ethical rules for digital tech") carries filler no statement repeats, so the share falls as the question grows,
    /// as with a search engine's minimum-should-match.
    /// </summary>
    private static double CoverageBar(ExpandedTopic expanded)
    {
        var asked = expanded.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + expanded.Groups.Count;
        return MinCoverage * Math.Min(1.0, Math.Sqrt(ShortTopicWords / Math.Max(1.0, asked)));
    }
}
