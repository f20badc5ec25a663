using GovBot.Core.Search;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// Combines the statements a question's words find with those closest to it in meaning, and decides by meaning whether
/// anything answers it at all: a paraphrase sharing no word with its answer is answered, and a question whose words all
/// occur in the record but whose sense does not is refused.
/// </summary>
public static class HybridRanking
{
    /// <param name="lexical">Word hits that cleared the coverage bar, best first.</param>
    /// <param name="semantic">The closest statements by meaning under the same constraints, best first (score = cosine).</param>
    /// <param name="evidence">What the words say about whether the record holds an answer: it sets how close in meaning the closest statement must be.</param>
    public static (List<StatementHit> Hits, AskRefusal Refusal) Combine(IReadOnlyList<StatementHit> lexical, IReadOnlyList<StatementHit> semantic, HybridSettings settings,
        WordEvidence evidence)
    {
        var closest = semantic.Count == 0 ? double.NegativeInfinity : semantic[0].Score;
        if (closest < Needed(settings, evidence))
        {
            return ([], AskRefusal.NothingCloseInMeaning);
        }

        // A document several of whose statements are close says more than one stray sentence: each statement gains from the
        // next ones of its document. Only statements near the closest one then count as found by meaning; the rest of the
        // list is what any question gets.
        semantic = WithDocumentSupport(semantic, settings.DocumentSupport);
        var bar = Math.Max(settings.WordsSimilarity, semantic[0].Score - settings.SemanticMargin);
        var byMeaning = semantic.Where(h => h.Score >= bar).ToList();
        var fused = settings.Method == FusionMethod.ReciprocalRank
            ? ReciprocalRank(lexical, byMeaning, settings.RrfK)
            : WeightedSum(lexical, byMeaning, semantic, settings.SemanticWeight);
        return (fused, AskRefusal.None);
    }

    /// <summary>How close in meaning the closest statement must be for anything to answer, given what the words say.</summary>
    public static double Needed(HybridSettings settings, WordEvidence evidence) => evidence switch
    {
        WordEvidence.Shared => settings.WordsSimilarity,
        WordEvidence.NoneShared => settings.MeaningOnlySimilarity,
        WordEvidence.Unknown => settings.UnknownWordSimilarity,
        _ => settings.AnswerSimilarity,
    };

    /// <summary>Each statement's score plus <paramref name="weight"/> times the scores of the two next-closest statements of its document.</summary>
    private static List<StatementHit> WithDocumentSupport(IReadOnlyList<StatementHit> semantic, double weight)
    {
        var byDocument = semantic.GroupBy(h => h.ArticleId).ToDictionary(g => g.Key, g => g.Select(h => h.Score).OrderDescending().ToList());
        return semantic
            .Select(h => h with { Score = h.Score + (weight * byDocument[h.ArticleId].Where(s => s <= h.Score).Skip(1).Take(2).Sum()) })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Id)
            .ToList();
    }

    private static List<StatementHit> ReciprocalRank(IReadOnlyList<StatementHit> lexical, IReadOnlyList<StatementHit> semantic, double k)
    {
        var scores = new Dictionary<long, (StatementHit Hit, double Score)>();
        void Add(IReadOnlyList<StatementHit> list)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                var hit = list[rank];
                var add = 1.0 / (k + rank + 1);
                scores[hit.Id] = scores.TryGetValue(hit.Id, out var seen) ? (seen.Hit, seen.Score + add) : (hit, add);
            }
        }

        Add(lexical);
        Add(semantic);
        return Ranked(scores.Values);
    }

    /// <summary>
    /// The word score relative to the best word hit, and the cosine; a word hit the meaning list did not reach gets the
    /// lowest cosine that list holds, since it is at most that close.
    /// </summary>
    private static List<StatementHit> WeightedSum(IReadOnlyList<StatementHit> lexical, IReadOnlyList<StatementHit> byMeaning, IReadOnlyList<StatementHit> semantic, double weight)
    {
        var cosines = semantic.ToDictionary(h => h.Id, h => h.Score);
        var floor = semantic.Count == 0 ? 0 : semantic[^1].Score;
        var best = lexical.Count == 0 ? 1 : Math.Max(1e-9, lexical.Max(h => h.Score));
        var scores = new Dictionary<long, (StatementHit Hit, double Score)>();
        foreach (var hit in lexical)
        {
            scores[hit.Id] = (hit, ((1 - weight) * hit.Score / best) + (weight * cosines.GetValueOrDefault(hit.Id, floor)));
        }

        foreach (var hit in byMeaning.Where(h => !scores.ContainsKey(h.Id)))
        {
            scores[hit.Id] = (hit, weight * hit.Score);
        }

        return Ranked(scores.Values);
    }

    private static List<StatementHit> Ranked(IEnumerable<(StatementHit Hit, double Score)> scored) =>
        scored.OrderByDescending(x => x.Score).ThenBy(x => x.Hit.Id)
            .Select(x => x.Hit with { Score = Math.Round(x.Score, 4), Coverage = 1 })
            .ToList();
}

/// <summary>What a question's words say about whether the record can answer it.</summary>
public enum WordEvidence
{
    /// <summary>Statements within the question's constraints share its words.</summary>
    Shared,

    /// <summary>No statement shares a long question's words, within its constraints or outside them: a paraphrase, for all the words can tell.</summary>
    NoneShared,

    /// <summary>
    /// The question is short and no statement holds its words, or its words occur only outside its constraints (ransomware,
    /// but not from the speaker asked about): the words count against an answer.
    /// </summary>
    Against,

    /// <summary>
    /// The question names something no statement has a word for ("CrowdStrike", "Stuxnet", "telegram"): whatever comes close
    /// in meaning speaks of something else, so it must come closer still.
    /// </summary>
    Unknown,
}
