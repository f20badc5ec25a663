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
/// are the targets (hit@3 0.90, hit@1 0.75, refused 0.85, held higher here at 0.90), so falling below a target fails CI.
/// </summary>
public sealed class AskQuestionSetTests : IDisposable
{
    /// <summary>Loaded once for all the tests: it takes a second or more.</summary>
    private static readonly Lazy<ISentenceEncoder> Model = new(() => new ArcticXsEncoder());

    private readonly TempDirectory dir = new();
    private readonly GovBotDatabase db;
    private readonly KnowledgeIndex index;
    private readonly AskHandler handler;

    public AskQuestionSetTests()
    {
        db = new GovBotDatabase(dir.File("govbot.db"));
        var store = new LiteArticleStore(db);
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
        Assert.True(report.HitAt3 >= 0.95, report.ToString());
        Assert.True(report.HitAt1 >= 0.87, report.ToString());
        Assert.True(report.Refused >= 0.92, report.ToString());
    }

    /// <summary>
    /// A second set, written apart from the engine and looked at only for kinds of failure, holds its own floors; a third
    /// (heldout2.json) is measured and never tested against, so it stays a fair estimate.
    /// </summary>
    [Fact]
    public void The_held_out_set_scores_at_least_its_floor()
    {
        var report = AskEvaluation.Evaluate(handler, AskEvaluation.Load(Path.Combine(RepoPaths.Root, "tests", "ask", "heldout.json")));
        Assert.True(report.HitAt3 >= 0.90, report.ToString());
        Assert.True(report.HitAt1 >= 0.87, report.ToString());
        Assert.True(report.Refused >= 0.87, report.ToString());
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
        Assert.Contains("No stored statement answers that question.", reply.Lines);
    }

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
        Assert.Equal(["ransomware"], handler.Ask("what did putin say about ransomeware in 2019").Suggestions.Take(1));
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
