using GovBot.Core.Features.Ask;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Search.Semantic;
using GovBot.Storage;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace GovBot.Host.Tests;

/// <summary>
/// /ask on the question set over the shipped corpus, comparing meanings with the shipped model and vectors. The floors
/// are the issue's targets (hit@3 0.90, hit@1 0.75, refused 0.85, held higher here at 0.90), so falling below a target fails CI.
/// </summary>
public sealed class AskQuestionSetTests : IDisposable
{
    /// <summary>Loaded once for all the tests: it takes a second or more.</summary>
    private static readonly Lazy<ISentenceEncoder> Model = new(() => new ArcticXsEncoder());

    private readonly TempDirectory dir = new();
    private readonly GovBotDatabase db;
    private readonly KnowledgeIndex index;
    private readonly AskHandler handler;
    private readonly LiteArticleStore store;

    public AskQuestionSetTests()
    {
        db = new GovBotDatabase(dir.File("govbot.db"));
        store = new LiteArticleStore(db);
        // The shipped vectors, as a fresh install has them; statements they lack (a stale file) are encoded here.
        var vectors = new StatementVectors(Model.Value, new LiteVectorStore(db),
            ShippedVectorFile.PathFor(Path.Combine(RepoPaths.Root, "data", "vectors"), Model.Value.ModelId));
        index = new KnowledgeIndex(vectors);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        new ArticleImporter(store, index, new ArticleAnalyzer(), time).ImportPaths([Path.Combine(RepoPaths.Root, "data", "articles")], CancellationToken.None);
        vectors.EmbedPending(CancellationToken.None);
        handler = new AskHandler(store, index, time);
    }

    [Fact]
    public void The_question_set_scores_at_least_today_s_floor()
    {
        var questions = AskEvaluation.Load(Path.Combine(RepoPaths.Root, "tests", "ask", "questions.json"));
        Assert.True(questions.Count >= 50);
        Assert.True(questions.Count(q => !q.Answerable) >= 8);
        var report = AskEvaluation.Evaluate(handler, questions);
        Assert.True(report.HitAt3 >= 0.97, report.ToString());
        Assert.True(report.HitAt1 >= 0.90, report.ToString());
        Assert.True(report.Refused >= 0.92, report.ToString());
    }

    /// <summary>
    /// Sets written apart from the engine hold their own floors. heldout.json was looked at only for kinds of failure;
    /// paraphrase.json, tuning2.json (first measured untouched at hit@1 0.575, hit@3 0.700, refused 0.70), tuning3.json
    /// (0.650, 0.850, 0.70) and tuning4.json (0.550, 0.750, 0.70) were tuned on. Their floors sit just below today's
    /// figures, which are below the issue's targets, so that a regression in how meaning is matched fails CI while the gap
    /// stays visible. heldout2.json, heldout3.json and heldout4.json are measured and never tested against, so they stay
    /// fair estimates.
    /// </summary>
    [Theory]
    [InlineData("heldout.json", 0.96, 0.93, 0.87)]
    [InlineData("paraphrase.json", 0.80, 0.60, 0.90)]
    [InlineData("tuning2.json", 0.75, 0.68, 0.85)]
    [InlineData("tuning3.json", 0.85, 0.67, 0.85)]
    [InlineData("tuning4.json", 0.78, 0.62, 0.65)]
    public void A_set_written_apart_from_the_engine_scores_at_least_its_floor(string file, double hitAt3, double hitAt1, double refused)
    {
        var report = AskEvaluation.Evaluate(handler, AskEvaluation.Load(Path.Combine(RepoPaths.Root, "tests", "ask", file)));
        Assert.True(report.HitAt3 >= hitAt3, report.ToString());
        Assert.True(report.HitAt1 >= hitAt1, report.ToString());
        Assert.True(report.Refused >= refused, report.ToString());
    }

    [Fact]
    public void Answers_are_verbatim_statements_under_a_lead_line_from_stored_fields()
    {
        var result = handler.Ask("What did China's cyber affairs coordinator say about an arms race?");
        var top = Assert.IsType<AskAnswer>(result.Answers[0]);
        Assert.Equal("Long Zhou", top.Speaker);
        Assert.Contains("arms race", top.Text, StringComparison.Ordinal);
        Assert.StartsWith("Long Zhou, Coordinator for Cyber Affairs, Ministry of Foreign Affairs (China), 20 Dec 2017:", AskHandler.Lead(top, QuestionType.What), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_the_corpus_cannot_answer_is_refused_politely()
    {
        var reply = handler.Handle("What did FIFA say about the World Cup?");
        Assert.Equal(Core.Commands.ReplyOutcome.NothingFound, reply.Outcome);
        Assert.Equal("No statement on record mentions “FIFA World Cup”.", reply.Lines[0]);
    }

    [Fact]
    public void A_speaker_asked_at_a_forum_by_its_abbreviation_is_answered_from_the_document_that_names_it()
    {
        var result = handler.Ask("What did Long Zhou say at the IGF?");
        Assert.True(result.Found);
        Assert.All(result.Answers.Take(3), a => Assert.Equal("Long Zhou", a.Speaker));
        Assert.Equal("Internet Governance Forum", result.Parsed.Venue?.Name);
    }

    [Fact]
    public void A_speaker_on_record_who_said_nothing_on_the_topic_is_named_with_what_they_do_speak_about()
    {
        var result = handler.Ask("What did Long Zhou say about quantum computing?");
        Assert.Equal(AskRefusal.NothingBySpeaker, result.Refusal);
        var topics = StoredTopics();
        Assert.NotEmpty(result.Suggestions);
        Assert.All(result.Suggestions, t => Assert.Contains(t, topics));

        var reply = handler.Handle("What did Long Zhou say about quantum computing?");
        Assert.Matches(@"^Long Zhou is on record \(\d+ statements\), but none of them is about “quantum computing”\.$", reply.Lines[0]);
        Assert.StartsWith("Long Zhou speaks about: ", reply.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_not_on_record_is_named_as_such_with_similar_names_that_are()
    {
        var reply = handler.Handle("What did Dana Whitfield say about quantum computing?");
        Assert.Equal("Not on record", reply.Title);
        Assert.Equal("Nobody called “Dana Whitfield” is on record.", reply.Lines[0]);
    }

    [Fact]
    public void A_question_nothing_on_record_is_close_to_suggests_topics_that_exist_not_stray_words()
    {
        var result = handler.Ask("What is the best pizza topping?");
        Assert.Equal(AskRefusal.NothingCloseInMeaning, result.Refusal);
        Assert.Equal("best pizza topping", result.RefusedSubject);
        var topics = StoredTopics();
        Assert.NotEmpty(result.Suggestions);
        Assert.All(result.Suggestions, t => Assert.Contains(t, topics));
    }

    private HashSet<string> StoredTopics() =>
        store.AllArticleHeaders().SelectMany(a => a.Topics).ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_named_person_absent_from_the_record_is_refused_with_near_speakers_not_answered_with_others()
    {
        var result = handler.Ask("what did xi jinping say about cyber sovereignty at the world internet conference?");
        Assert.False(result.Found);
        Assert.NotEmpty(result.Suggestions);
    }

    [Fact]
    public void A_misspelt_word_is_corrected_but_an_unknown_subject_of_a_short_question_is_refused()
    {
        var typo = handler.Ask("what did lavrov say about cybercrme?");
        Assert.True(typo.Found);
        Assert.Equal("Sergey Lavrov", typo.Answers[0].Speaker);
        Assert.Contains("cybercrime", typo.Answers[0].Text, StringComparison.OrdinalIgnoreCase);

        var refused = handler.Ask("did the white house ever comment on the notpetya attack?");
        Assert.False(refused.Found);
        // Somewhere real to go next: people on record about the words the question shares with the record, no near spellings of sound words.
        Assert.NotEmpty(refused.Suggestions);
        Assert.DoesNotContain("hour", refused.Suggestions);
        var putin = handler.Ask("what did putin say about ransomeware in 2019");
        Assert.Equal(AskRefusal.NothingBySpeaker, putin.Refusal);
        Assert.Equal("ransomware", putin.RefusedTopic);
        Assert.Contains(handler.Handle("what did putin say about ransomeware in 2019").Lines, l => l.Contains("about “ransomware in 2019”", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_country_and_role_are_read_from_the_question()
    {
        var parsed = QuestionParser.Parse("what did russia's foreign minister say about the UN before 2019?", new DateOnly(2026, 11, 26));
        Assert.Equal("Russia", parsed.Country);
        Assert.Equal(["foreign", "minister"], parsed.RoleWords);
        Assert.Equal(2018, parsed.ToYear);
        var lastYear = QuestionParser.Parse("Who said anything about ransomware last year?", new DateOnly(2026, 11, 26));
        Assert.Equal((2025, 2025), (lastYear.FromYear, lastYear.ToYear));
        Assert.Equal(QuestionType.Who, lastYear.Type);
        Assert.Equal(QuestionType.HasAnyone, QuestionParser.Parse("Has anyone talked about data flows?", new DateOnly(2026, 11, 26)).Type);
    }

    public void Dispose()
    {
        index.Dispose();
        db.Dispose();
        dir.Dispose();
    }
}
