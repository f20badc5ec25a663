using GovBot.Core.Domain;

namespace GovBot.Core.Features.Ask;

/// <summary>Why a question is refused, and what the record offers instead.</summary>
public sealed partial class AskHandler
{
    /// <summary>
    /// No answer: says why, and offers what the record does hold. A speaker on record gets the topics they speak about;
    /// otherwise near spellings of words the record lacks ("ransomeware"), and the topics of documents on the question's
    /// words, or else the store's commonest topics, so the reader has somewhere real to go next.
    /// </summary>
    private AskResult Refuse(string question, ParsedQuestion parsed, IReadOnlyList<string> speakerIds, string topic, AskRefusal refusal,
        IReadOnlyDictionary<string, string> corrections)
    {
        if (speakerIds.Count > 0)
        {
            var name = store.FindSpeaker(speakerIds[0])?.Name ?? speakerIds[0];
            return new AskResult(question, parsed, [], TopicsOfSpeakers(speakerIds))
            {
                Refusal = AskRefusal.NothingBySpeaker,
                RefusedSubject = name,
                RefusedTopic = topic,
                SpeakerStatements = speakerIds.Sum(id => index.StatsFor(id).Statements),
            };
        }

        var words = parsed.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The near spellings the search already found for lower-case words the record lacks; capitalised unknown words are
        // named things ("FIFA"), never corrected, since a near spelling of them would only mislead.
        var offered = corrections.Where(c => char.IsLower(c.Key[0])).Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var known = string.Join(' ', words.Where(index.Knows));
        var topics = known.Length == 0 ? [] : TopicsOfArticles(index.SearchArticles(known, 3).Select(h => h.Id));
        return new AskResult(question, parsed, [], topics.Count > 0 ? topics : index.TopTopics(6))
        {
            Refusal = refusal == AskRefusal.NoMatchingWords ? refusal : AskRefusal.NothingCloseInMeaning,
            // The reader's own words, not the corrected ones the search used: a correction is offered, never put in their mouth.
            RefusedSubject = parsed.Topic.Length > 0 ? parsed.Topic : parsed.Venue is { } venue ? $"the {venue.Name}" : "",
            Corrections = offered,
        };
    }

    /// <summary>
    /// The topics of the speaker's own statements, commonest first: the documents they are quoted in may be about other things
    /// (one line of Xi Jinping's in Wang Yi's speech does not make Xi a speaker on all that Wang Yi covered).
    /// </summary>
    private List<string> TopicsOfSpeakers(IReadOnlyList<string> speakerIds) =>
        Commonest(speakerIds.SelectMany(id => index.BestStatementsOf(id, 25))
            .Select(store.FindStatement)
            .OfType<Statement>()
            .SelectMany(s => s.Topics.Distinct(StringComparer.OrdinalIgnoreCase)));

    /// <summary>The topics the given articles are about, commonest first.</summary>
    private List<string> TopicsOfArticles(IEnumerable<long> articleIds) =>
        Commonest(articleIds.Distinct()
            .Select(store.FindArticle)
            .OfType<Article>()
            .SelectMany(a => a.Topics));

    private static List<string> Commonest(IEnumerable<string> topics) =>
        topics.GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(6)
            .ToList();
}
