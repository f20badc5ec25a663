using GovBot.Core.Domain;
using GovBot.Core.Search;
using GovBot.Search.Semantic;

namespace GovBot.Search;

/// <summary>
/// The in-memory index over the store: statements and titles in BM25 positional indexes, speakers in a name directory.
/// Many readers run at once; imports take the write lock briefly.
/// </summary>
public sealed class KnowledgeIndex(StatementVectors? vectors) : IKnowledgeIndex, IDisposable
{
    private const int MaxCachedBest = 25;
    private readonly ReaderWriterLockSlim gate = new();

    /// <summary>Per statement ordinal, the rows of its passages in <see cref="StatementVectors"/> (empty without a model).</summary>
    private List<int[]> passageRows = [];

    /// <summary>Per passage row, the ordinals of the statements holding it: equal texts (copies, re-publications) share one row.</summary>
    private List<List<int>> rowStatements = [];

    /// <summary>An index that compares words only.</summary>
    public KnowledgeIndex()
        : this(null)
    {
    }
    private PositionalIndex statements = new();
    private PositionalIndex titles = new();
    private SpeakerDirectory speakers = new();
    private List<StatementEntry> entries = [];
    private StatementFacets facets = new();
    private List<long> titleArticles = [];
    private Dictionary<long, List<int>> ordinalsByArticle = [];
    private Dictionary<long, int> titleOrdinalByArticle = [];
    private Dictionary<long, List<string>> topicsByArticle = [];
    private Dictionary<string, List<int>> ordinalsBySpeaker = new(StringComparer.Ordinal);
    private Dictionary<string, string> surfaceForms = new(StringComparer.Ordinal);
    private volatile Dictionary<int, List<string>>? vocabularyByLength;

    // Profiles are read far more often than the index changes: remember each speaker's figures until the next change.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Version, SpeakerStats Stats, List<long> Best)> speakerCache = new(StringComparer.Ordinal);
    private int version;
    private int vocabularyVersion = -1;

    public bool IsLoaded { get; private set; }

    public int StatementCount
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return statements.LiveCount;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    public void Load(IArticleStore store, CancellationToken cancellationToken)
    {
        var fresh = new KnowledgeIndex(vectors);
        foreach (var article in store.AllArticleHeaders())
        {
            cancellationToken.ThrowIfCancellationRequested();
            fresh.AddTitle(article);
        }

        foreach (var statement in store.AllStatements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            fresh.AddStatement(statement);
        }

        foreach (var speaker in store.AllSpeakers())
        {
            fresh.speakers.Upsert(speaker.Id, speaker.Name, speaker.Aliases);
        }

        gate.EnterWriteLock();
        try
        {
            (statements, titles, speakers, entries, titleArticles, facets, passageRows, rowStatements) =
                (fresh.statements, fresh.titles, fresh.speakers, fresh.entries, fresh.titleArticles, fresh.facets, fresh.passageRows, fresh.rowStatements);
            (ordinalsByArticle, titleOrdinalByArticle, ordinalsBySpeaker, surfaceForms, topicsByArticle) =
                (fresh.ordinalsByArticle, fresh.titleOrdinalByArticle, fresh.ordinalsBySpeaker, fresh.surfaceForms, fresh.topicsByArticle);
            IsLoaded = true;
            version++;
        }
        finally
        {
            gate.ExitWriteLock();
        }

        vectors?.Resolve();
        ReleaseImportCaches();
    }

    public void ReleaseImportCaches() => vectors?.ReleaseShipped();

    public void Apply(StoredArticle stored)
    {
        gate.EnterWriteLock();
        try
        {
            if (stored.ReplacedArticleId is { } replaced)
            {
                RemoveUnlocked(replaced);
            }

            RemoveUnlocked(stored.Article.Id);
            AddTitle(stored.Article);
            foreach (var statement in stored.Statements)
            {
                AddStatement(statement);
            }

            foreach (var speaker in stored.Speakers)
            {
                speakers.Upsert(speaker.Id, speaker.Name, speaker.Aliases);
            }

            foreach (var gone in stored.RemovedSpeakerIds)
            {
                speakers.Remove(gone);
            }

            version++;
        }
        finally
        {
            gate.ExitWriteLock();
        }

        // Outside the lock: it reads the vector store, and searches need not wait for that.
        vectors?.Resolve();
    }

    public void RemoveArticle(long articleId)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveUnlocked(articleId);
            version++;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void RemoveSpeaker(string speakerId)
    {
        gate.EnterWriteLock();
        try
        {
            speakers.Remove(speakerId);
            version++;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public IReadOnlyList<ScoredHit> SearchStatements(string query, string? speakerId, int limit) =>
        SearchStatementsCounted(query, speakerId, limit).Hits;

    public CountedHits SearchStatementsCounted(string query, string? speakerId, int limit)
    {
        var terms = TextAnalyzer.Terms(Truncate(query));
        if (terms.Count == 0)
        {
            return speakerId is null
                ? new CountedHits([], 0)
                : new CountedHits(BestStatementsOf(speakerId, limit).Select(id => new ScoredHit(id, 0)).ToList(), StatsFor(speakerId).Statements);
        }

        gate.EnterReadLock();
        try
        {
            var filter = facets.Filter(new StatementQuery(query, limit) { SpeakerId = speakerId }, [], entries);
            var ranked = statements.SearchWithCoverage(terms, filter, limit, out var matched);
            return new CountedHits(ranked.Select(r => new ScoredHit(entries[r.Doc].StatementId, Math.Round(r.Score, 4))).ToList(), matched);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<StatementHit> SearchStatements(StatementQuery query)
    {
        var terms = TextAnalyzer.Terms(Truncate(query.Text));
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = terms.Count == 0 ? 0 : terms[^1].Position + 2;
        for (var g = 0; g < query.SynonymGroups.Count; g++)
        {
            foreach (var member in query.SynonymGroups[g])
            {
                var words = TextAnalyzer.Terms(member);
                var term = words.Count switch { 0 => null, 1 => words[0].Term, _ => PositionalIndex.PhraseTerm(words) };
                if (term is not null && groups.TryAdd(term, g) && !terms.Exists(t => t.Term == term))
                {
                    terms.Add((term, next++));
                }
            }
        }

        // Each role word may list alternatives, "roskomnadzor/supervision of communications": the agency's short and official names.
        var roleAlternatives = query.RoleWords.Select(w => w.Split('/')).ToArray();
        gate.EnterReadLock();
        try
        {
            return statements.SearchWithCoverage(terms, facets.Filter(query, roleAlternatives, entries, Naming(query)), query.Limit, groups)
                .Select(r => new StatementHit(entries[r.Doc].StatementId, Math.Round(r.Score, 4), Math.Round(r.Coverage, 4), entries[r.Doc].ArticleId))
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<StatementHit>? SearchSimilar(StatementQuery query, string text)
    {
        if (vectors is null || !QueryTerms.HasSearchableWords(text) || vectors.EncodeQuestion(Truncate(text), CancellationToken.None) is not { } question)
        {
            return null;
        }

        var scores = vectors.Scores(question);
        var roleAlternatives = query.RoleWords.Select(w => w.Split('/')).ToArray();
        gate.EnterReadLock();
        try
        {
            var filter = facets.Filter(query, roleAlternatives, entries, Naming(query));
            // Walking the rows best first touches only the statements near the top; it pays when rows are shared (a
            // store of many copies), and the plain scan over statements when they are not.
            return rowStatements.Count * 2 < entries.Count
                ? SimilarityRanking.BestByRows(scores, rowStatements, entries, filter, query.Limit)
                : SimilarityRanking.Best(scores, passageRows, entries, filter, query.Limit);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The statements holding the name asked about (<see cref="StatementQuery.PublisherNaming"/>); null when the query asks for none. Call under the read lock.</summary>
    private HashSet<int>? Naming(StatementQuery query)
    {
        // Without a speaker to stand beside, the names would widen nothing: the filter never reads them.
        if (query.PublisherNaming.Count == 0 || (query.SpeakerIds.Count == 0 && query.SpeakerId is null))
        {
            return null;
        }

        var naming = new HashSet<int>();
        foreach (var word in query.PublisherNaming)
        {
            foreach (var (term, _) in TextAnalyzer.Terms(word))
            {
                naming.UnionWith(statements.DocumentsWith(term));
            }
        }

        return naming;
    }

    public IReadOnlyList<ScoredHit> SearchArticles(string query, int limit)
    {
        var terms = TextAnalyzer.Terms(Truncate(query));
        gate.EnterReadLock();
        try
        {
            return titles.Search(terms, null, limit)
                .Select(r => new ScoredHit(titleArticles[r.Doc], Math.Round(r.Score, 4)))
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<SpeakerMatch> FindSpeakers(string name, int limit)
    {
        gate.EnterReadLock();
        try
        {
            return speakers.Find(Truncate(name), limit);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<string> TopTopics(int limit)
    {
        gate.EnterReadLock();
        try
        {
            return topicsByArticle.Values
                .SelectMany(topics => topics)
                .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(g => g.Key)
                .ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<string> TopSpeakers(int limit)
    {
        gate.EnterReadLock();
        try
        {
            return ordinalsBySpeaker
                .Select(kv => (Id: kv.Key, Count: kv.Value.Count(o => !entries[o].Deleted)))
                .Where(x => x.Count > 0)
                .OrderByDescending(x => x.Count)
                .ThenBy(x => x.Id, StringComparer.Ordinal)
                .Select(x => speakers.NameOf(x.Id))
                .Where(n => n is not null)
                .Take(limit)
                .ToList()!;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public SpeakerStats StatsFor(string speakerId) => Profile(speakerId).Stats;

    public IReadOnlyList<long> BestStatementsOf(string speakerId, int limit) => Profile(speakerId).Best.Take(limit).ToList();

    private (SpeakerStats Stats, List<long> Best) Profile(string speakerId)
    {
        gate.EnterReadLock();
        try
        {
            if (speakerCache.TryGetValue(speakerId, out var cached) && cached.Version == version)
            {
                return (cached.Stats, cached.Best);
            }

            var live = LiveOrdinalsOf(speakerId).Select(o => entries[o]).ToList();
            var dates = live.Select(e => e.Date).Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
            var stats = new SpeakerStats(live.Count, live.Select(e => e.ArticleId).Distinct().Count(), dates.FirstOrDefault(), dates.LastOrDefault());
            var best = BestUnlocked(speakerId, MaxCachedBest);
            speakerCache[speakerId] = (version, stats, best);
            return (stats, best);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<string> SuggestTerms(string query, int limit)
    {
        var words = TextAnalyzer.Words(Truncate(query)).Where(w => !TextAnalyzer.IsStopWord(w) && w.Length > 2).Take(8).ToList();
        gate.EnterReadLock();
        try
        {
            // Only words the record does not hold need a near spelling; "house" must not be answered with "hour".
            var suggestions = words.Where(w => !statements.Contains(TextAnalyzer.Stem(w))).Select(w => NearestUnlocked(w)).OfType<string>();
            return suggestions.Concat(speakers.Nearest(query, limit)).Distinct().Take(limit).ToList();
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public string? NearestWord(string word, int? maxEdits = null)
    {
        gate.EnterReadLock();
        try
        {
            return NearestUnlocked(word.ToLowerInvariant(), maxEdits);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public string? NearestTitleWord(string word)
    {
        gate.EnterReadLock();
        try
        {
            // Asked only of a long capitalised word no statement holds, so the title words are grouped by length on the spot.
            return NearestIn(titles, ByLength(titles), word.ToLowerInvariant(), maxEdits: 1);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private const int MinFrequencyTwoEditsAway = 3;

    /// <summary>The closest indexed term by edit distance (never the word itself), the more frequent on a tie, in its surface form.</summary>
    private string? NearestUnlocked(string word, int? maxEdits = null) => NearestIn(statements, VocabularyByLength(), word, maxEdits);

    private string? NearestIn(PositionalIndex index, Dictionary<int, List<string>> byLength, string word, int? maxEdits)
    {
        var stem = TextAnalyzer.Stem(word);
        var allowed = Math.Min(Math.Max(1, EditDistance.Allowed(stem.Length)), maxEdits ?? int.MaxValue);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = stem.Length - allowed; length <= stem.Length + allowed; length++)
        {
            foreach (var term in byLength.GetValueOrDefault(length) ?? [])
            {
                var distance = EditDistance.Bounded(stem, term, allowed);
                if (distance == 0 || distance > allowed || distance > bestDistance)
                {
                    continue;
                }

                // A word only deleted statements held is no longer on record. Two letters from a word the record holds once or
                // twice is likelier a sound word it lacks ("telegram", not "telegraph") than a typo of that rare word.
                var frequency = index.DocumentFrequency(term);
                if (frequency > 0 && (distance < 2 || frequency >= MinFrequencyTwoEditsAway) && (distance < bestDistance || frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (term, distance, frequency);
                }
            }
        }

        return best is null ? null : surfaceForms.GetValueOrDefault(best, best);
    }

    public IReadOnlyList<string> SuggestSpeakers(string name, int limit)
    {
        gate.EnterReadLock();
        try
        {
            return speakers.Nearest(Truncate(name), limit);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private Dictionary<int, List<string>> VocabularyByLength()
    {
        // Built on first use after a change; suggestions only compare words of about the same length.
        var cache = vocabularyByLength;
        if (cache is not null && vocabularyVersion == statements.Version)
        {
            return cache;
        }

        cache = ByLength(statements);
        vocabularyByLength = cache;
        vocabularyVersion = statements.Version;
        return cache;
    }

    private static Dictionary<int, List<string>> ByLength(PositionalIndex index) =>
        index.Vocabulary.Where(t => t.Length > 2 && char.IsLetter(t[0])).GroupBy(t => t.Length).ToDictionary(g => g.Key, g => g.ToList());

    public bool Knows(string word) => Holds(word, titleIndex: false);

    public bool TitlesName(string word) => Holds(word, titleIndex: true);

    private bool Holds(string word, bool titleIndex)
    {
        var terms = TextAnalyzer.Terms(word);
        gate.EnterReadLock();
        try
        {
            // Read under the lock: a rebuild swaps the indexes.
            var held = titleIndex ? titles : statements;
            return terms.Count > 0 && terms.All(t => held.Contains(t.Term));
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public bool IsCommonWord(string word) => TextAnalyzer.IsStopWord(word.ToLowerInvariant());

    public void Dispose() => gate.Dispose();

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    private void AddTitle(Article article)
    {
        var ordinal = titles.Add(TextAnalyzer.Terms($"{article.Title} {string.Join(' ', article.Topics)}"));
        titleArticles.Add(article.Id);
        titleOrdinalByArticle[article.Id] = ordinal;
        topicsByArticle[article.Id] = [.. article.Topics];
    }

    private void AddStatement(Statement statement)
    {
        var ordinal = statements.Add(TextAnalyzer.Terms(statement.Text, surfaceForms));
        var rows = vectors?.Register(statement.Text) ?? [];
        passageRows.Add(rows);
        foreach (var row in rows)
        {
            while (rowStatements.Count <= row)
            {
                rowStatements.Add([]);
            }

            rowStatements[row].Add(ordinal);
        }

        var entry = new StatementEntry(statement.Id, statement.ArticleId, statement.SpeakerId, statement.Date, StatementQuality.Of(statement))
        {
            Country = statement.Country,
            Role = (statement.SpeakerRole ?? "").ToLowerInvariant(),
            Publisher = statement.SpeakerId is null && statement.Cue is null && statement.SpeakerLabel is [var first, ..] && char.IsUpper(first),
        };
        entries.Add(entry);
        facets.Add(entry);
        Append(ordinalsByArticle, statement.ArticleId, ordinal);
        if (statement.SpeakerId is not null)
        {
            if (!ordinalsBySpeaker.TryGetValue(statement.SpeakerId, out var list))
            {
                list = [];
                ordinalsBySpeaker[statement.SpeakerId] = list;
            }

            list.Add(ordinal);
        }
    }

    private void RemoveUnlocked(long articleId)
    {
        if (ordinalsByArticle.Remove(articleId, out var ordinals))
        {
            foreach (var ordinal in ordinals)
            {
                statements.Delete(ordinal);
                entries[ordinal].Deleted = true;
            }
        }

        topicsByArticle.Remove(articleId);
        if (titleOrdinalByArticle.Remove(articleId, out var titleOrdinal))
        {
            titles.Delete(titleOrdinal);
        }
    }

    private IEnumerable<int> LiveOrdinalsOf(string speakerId) =>
        ordinalsBySpeaker.TryGetValue(speakerId, out var list) ? list.Where(o => !entries[o].Deleted) : [];

    private List<long> BestUnlocked(string speakerId, int limit) =>
        LiveOrdinalsOf(speakerId)
            .Select(o => entries[o])
            .OrderByDescending(e => e.Quality)
            .ThenByDescending(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.StatementId)
            .Take(limit)
            .Select(e => e.StatementId)
            .ToList();

    private static void Append(Dictionary<long, List<int>> map, long key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
