using GovBot.Core.Domain;
using GovBot.Search;

namespace GovBot.Search.Tests;

public sealed class KnowledgeIndexTests
{
    private static KnowledgeIndex Build(params (long Id, string Speaker, string Text)[] statements)
    {
        var index = new KnowledgeIndex();
        var article = new Article { Id = 1, Title = "China efforts on community with shared future apply also in cyberspace", Date = "2017-12-20" };
        var speakers = statements.Select(s => s.Speaker).Distinct()
            .Select(name => new Speaker { Id = Core.Text.NameKey.For(name), Name = name, Aliases = [name.Split(' ')[0]] })
            .ToList();
        index.Apply(new StoredArticle(article,
            statements.Select(s => new Statement { Id = s.Id, ArticleId = 1, SpeakerId = Core.Text.NameKey.For(s.Speaker), Text = s.Text, Date = article.Date }).ToList(),
            speakers, null));
        return index;
    }

    private static StoredArticle Note(long articleId, long firstId, params string[] texts) =>
        new(new Article { Id = articleId, Title = $"Harbour note {articleId}", Date = "2024-02-01" },
            texts.Select((t, i) => new Statement { Id = firstId + i, ArticleId = articleId, Text = t, Date = "2024-02-01" }).ToList(), [], null);

    [Fact]
    public void Scores_after_an_article_is_imported_again_equal_those_of_a_fresh_index()
    {
        var ferries = Note(1, 1, "The night ferry will keep running through the winter storms", "Ferry fares stay the same this year");
        var docks = Note(2, 10, "The harbour board will repair the old docks before the ferry season", "Dock workers asked for new cranes");
        var fresh = new KnowledgeIndex();
        fresh.Apply(ferries);
        fresh.Apply(docks);
        var updated = new KnowledgeIndex();
        updated.Apply(ferries);
        updated.Apply(docks);
        updated.Apply(ferries);
        updated.Apply(ferries);

        Assert.Equal(fresh.SearchStatements("ferry winter", null, 5), updated.SearchStatements("ferry winter", null, 5));
        Assert.Equal(fresh.SearchStatements("harbour docks ferry", null, 5), updated.SearchStatements("harbour docks ferry", null, 5));
    }

    [Fact]
    public void A_word_only_a_removed_article_held_is_no_longer_known_nor_suggested()
    {
        var index = new KnowledgeIndex();
        index.Apply(Note(1, 1, "The night ferry will keep running through the winter storms"));
        index.Apply(Note(2, 10, "Dock workers asked for new cranes at the quayside"));
        Assert.True(index.Knows("cranes"));

        index.RemoveArticle(2);

        Assert.False(index.Knows("cranes"));
        Assert.Null(index.NearestWord("cranex"));
        Assert.True(index.Knows("ferry"));
    }

    [Fact]
    public void A_word_two_letters_from_one_the_record_holds_only_once_or_twice_is_not_corrected_into_it()
    {
        var index = new KnowledgeIndex();
        index.Apply(Note(1, 1, "The telegraph office closed in the winter storms"));
        index.Apply(Note(2, 10, "The program for harbour repairs starts in spring", "The program was approved", "The program is funded"));

        // "telegram" is a sound word the record lacks, not a typo of the one "telegraph"; "progrma" is "program" mistyped.
        Assert.Null(index.NearestWord("telegram"));
        Assert.Equal("program", index.NearestWord("progrma"));
        Assert.Equal("telegraph", index.NearestWord("telegraoh"));
    }

    [Fact]
    public void Stemming_matches_other_forms_of_a_word()
    {
        var index = Build((1, "Long Zhou", "Countries are racing to arm themselves in cyberspace"), (2, "Long Zhou", "Trade talks resumed"));
        var hit = Assert.Single(index.SearchStatements("arms race", null, 5));
        Assert.Equal(1, hit.Id);
    }

    [Fact]
    public void An_exact_phrase_outranks_the_same_words_apart()
    {
        var index = Build(
            (1, "A B", "The race was on, and arms were everywhere in the region today"),
            (2, "A B", "We must stop an arms race in the region today and forever"));
        var hits = index.SearchStatements("arms race", null, 5);
        Assert.Equal(2, hits[0].Id);
    }

    [Fact]
    public void A_synonym_of_several_words_matches_only_side_by_side_and_covers_its_group()
    {
        var index = Build(
            (1, "A B", "States must respect sovereignty in the information space of other states"),
            (2, "A B", "Space agencies share information about launches with each other"),
            (3, "A B", "Trade talks resumed after a long pause between the parties"));
        var hits = index.SearchStatements(new Core.Search.StatementQuery("sovereignty", 10) { SynonymGroups = [["cyberspace", "information space"]] });
        Assert.Equal([1L], hits.Select(h => h.Id));
        Assert.Equal(1.0, hits[0].Coverage);

        var phraseOnly = index.SearchStatements(new Core.Search.StatementQuery("", 10) { SynonymGroups = [["information space"]] });
        Assert.Equal([1L], phraseOnly.Select(h => h.Id));

        var withStopWords = Build(
            (1, "A B", "Norms for information and communication technologies were agreed by consensus"),
            (2, "A B", "Information was shared, and communication improved across new technologies"));
        Assert.Equal([1L], withStopWords.SearchStatements(new Core.Search.StatementQuery("", 10) { SynonymGroups = [["information and communication technologies"]] }).Select(h => h.Id));

        // Found again after the index changes, not from a stale cache.
        index.Apply(new StoredArticle(new Article { Id = 2, Title = "Another", Date = "2018-01-01" },
            [new Statement { Id = 4, ArticleId = 2, Text = "Rules for the information space are needed now" }], [], null));
        Assert.Equal([1L, 4L], index.SearchStatements(new Core.Search.StatementQuery("", 10) { SynonymGroups = [["information space"]] }).Select(h => h.Id).Order());
    }

    [Fact]
    public void Constraints_keep_only_statements_of_that_country_speaker_and_years_and_an_unknown_one_keeps_none()
    {
        var index = new KnowledgeIndex();
        Statement S(long id, string speaker, string country, string date) =>
            new() { Id = id, ArticleId = id, SpeakerId = speaker, Country = country, Date = date, Text = "We oppose an arms race in cyberspace" };
        foreach (var s in new[] { S(1, "a", "Russia", "2018-09-28"), S(2, "b", "China", "2017-12-20"), S(3, "a", "Russia", "2021-09-25"), S(4, "c", "China", "") })
        {
            index.Apply(new StoredArticle(new Article { Id = s.ArticleId, Title = "t" + s.Id, Date = s.Date }, [s], [], null));
        }

        IEnumerable<long> Ids(Core.Search.StatementQuery q) => index.SearchStatements(q).Select(h => h.Id).Order();
        var query = new Core.Search.StatementQuery("arms race", 10);
        Assert.Equal([1L, 2L, 3L, 4L], Ids(query));
        Assert.Equal([2L, 4L], Ids(query with { Country = "china" }));
        Assert.Equal([3L], Ids(query with { Country = "Russia", FromYear = 2020 }));
        Assert.Equal([2L], Ids(query with { Country = "China", ToYear = 2020 }));
        Assert.Equal([1L, 3L], Ids(query with { SpeakerIds = ["a"] }));
        Assert.Empty(Ids(query with { Country = "Atlantis" }));
        Assert.Empty(Ids(query with { SpeakerIds = ["nobody"] }));
    }

    [Fact]
    public void A_speaker_filter_keeps_only_that_speaker()
    {
        var index = Build((1, "Long Zhou", "cyber norms matter"), (2, "Anne Neuberger", "cyber norms matter too"));
        var hit = Assert.Single(index.SearchStatements("cyber norms", "anne-neuberger", 5));
        Assert.Equal(2, hit.Id);
    }

    [Theory]
    [InlineData("\" ( * : [ \\ $")]
    [InlineData("AND OR NOT")]
    [InlineData("🙂🙂🙂")]
    [InlineData("")]
    public void Query_syntax_characters_are_data_and_never_throw(string query)
    {
        var index = Build((1, "Long Zhou", "cyber norms matter"));
        var hits = index.SearchStatements(query, null, 5);
        Assert.Empty(hits);
    }

    [Fact]
    public void A_very_long_query_is_answered()
    {
        var index = Build((1, "Long Zhou", "cyber norms matter"));
        Assert.NotEmpty(index.SearchStatements(string.Join(' ', Enumerable.Repeat("cyber", 50_000)), null, 5));
    }

    [Theory]
    [InlineData("Long Zhou", "Long Zhou")]
    [InlineData("long", "Long Zhou")]
    [InlineData("ZHOU", "Long Zhou")]
    [InlineData("Neubrger", "Anne Neuberger")]
    [InlineData("neub", "Anne Neuberger")]
    public void Speakers_are_found_by_partial_names_case_and_small_typos(string typed, string expected)
    {
        var index = Build((1, "Long Zhou", "x y z"), (2, "Anne Neuberger", "x y z"));
        Assert.Equal(expected, index.FindSpeakers(typed, 5)[0].Name);
    }

    [Fact]
    public void Removing_an_article_removes_its_statements_from_results()
    {
        var index = Build((1, "Long Zhou", "cyber norms matter"));
        index.RemoveArticle(1);
        Assert.Empty(index.SearchStatements("cyber", null, 5));
        Assert.Equal(0, index.StatementCount);
    }

    [Fact]
    public void Titles_are_searchable()
    {
        var index = Build((1, "Long Zhou", "x"));
        Assert.Equal(1, Assert.Single(index.SearchArticles("shared future", 5)).Id);
    }

    [Fact]
    public void Suggestions_offer_near_spellings_of_indexed_words()
    {
        var index = Build((1, "Long Zhou", "ransomware attacks on hospitals"));
        Assert.Contains("ransomware", index.SuggestTerms("ransomwere", 5));
    }
}
