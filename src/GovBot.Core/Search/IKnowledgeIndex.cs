using GovBot.Core.Domain;

namespace GovBot.Core.Search;

/// <summary>
/// The in-memory search side of the store: ranked full-text retrieval over statements and article titles and
/// tolerant lookup of speaker names. It is derived from <see cref="IArticleStore"/> and can be rebuilt from it at any time.
/// </summary>
public interface IKnowledgeIndex
{
    bool IsLoaded { get; }

    void Load(IArticleStore store, CancellationToken cancellationToken);

    void Apply(StoredArticle stored);

    void ApplyAll(IEnumerable<StoredArticle> stored)
    {
        foreach (var article in stored)
        {
            Apply(article);
        }
    }

    void RemoveArticle(long articleId);

    /// <summary>Frees what only adding articles needs (the shipped vectors, read into memory) once a load or an import is done.</summary>
    void ReleaseImportCaches()
    {
    }

    /// <summary>Forgets a speaker whose profile the store no longer has (merged away, or their last article removed).</summary>
    void RemoveSpeaker(string speakerId);

    IReadOnlyList<ScoredHit> SearchStatements(string query, string? speakerId, int limit);

    /// <summary>The best <paramref name="limit"/> statements, and how many statements the topic and speaker matched in all.</summary>
    CountedHits SearchStatementsCounted(string query, string? speakerId, int limit);

    IReadOnlyList<StatementHit> SearchStatements(StatementQuery query);

    IReadOnlyList<ScoredHit> SearchArticles(string query, int limit);

    /// <summary>
    /// The statements closest in meaning to <paramref name="text"/> that meet the query's constraints (its own text is not
    /// used), best first, with the similarity (0 unrelated, 1 the same meaning) as <see cref="StatementHit.Score"/> and coverage; null when this
    /// index cannot compare meanings (no model, or the model is still loading).
    /// </summary>
    IReadOnlyList<StatementHit>? SearchSimilar(StatementQuery query, string text) => null;

    IReadOnlyList<SpeakerMatch> FindSpeakers(string name, int limit);

    /// <summary>The topics most articles are about, commonest first, for suggestions when a question finds nothing.</summary>
    IReadOnlyList<string> TopTopics(int limit);

    /// <summary>The most quoted speakers' names, for suggestions before anything is typed.</summary>
    IReadOnlyList<string> TopSpeakers(int limit);

    SpeakerStats StatsFor(string speakerId);

    /// <summary>Statements worth showing first for a speaker when no topic is given.</summary>
    IReadOnlyList<long> BestStatementsOf(string speakerId, int limit);

    /// <summary>Indexed words closest to the query's words, for "did you mean" answers.</summary>
    IReadOnlyList<string> SuggestTerms(string query, int limit);

    /// <summary>Speaker names closest to a name that matched nobody.</summary>
    IReadOnlyList<string> SuggestSpeakers(string name, int limit);

    int StatementCount { get; }

    /// <summary>Whether any stored statement uses this word (in any inflection).</summary>
    bool Knows(string word);

    /// <summary>Whether any article's title (or topic list) uses this word: "NBC" in "Interview to NBC" is on record though no statement says it.</summary>
    bool TitlesName(string word);

    /// <summary>
    /// Whether the record holds the word at all, in a statement or a title: a word it does not is a thing the record never
    /// speaks of, which both /ask's evidence and its refusal message go by.
    /// </summary>
    bool OnRecord(string word) => Knows(word) || TitlesName(word);

    /// <summary>A word too common to index ("into", "will"): no topic, and never a misspelling of one.</summary>
    bool IsCommonWord(string word);

    /// <summary>
    /// The indexed word nearest in spelling to <paramref name="word"/> (a typo's correction), or null when none is close:
    /// within the edits the word's length allows, and at most <paramref name="maxEdits"/> when given.
    /// </summary>
    string? NearestWord(string word, int? maxEdits = null);

    /// <summary>
    /// The title word one letter from <paramref name="word"/>, or null: a name the asker spells as titles do not ("Cardoso"
    /// for "Cardozo") names what a title holds, though no statement says it.
    /// </summary>
    string? NearestTitleWord(string word);
}
