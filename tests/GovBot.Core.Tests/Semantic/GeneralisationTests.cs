using GovBot.Core.Features.Ask;

namespace GovBot.Core.Tests.Semantic;

/// <summary>What makes /ask answer questions worded unlike its own question sets.</summary>
public sealed class GeneralisationTests
{
    private const string CableQuestion = "How are the undersea links of Cable protected?";

    [Fact]
    public void A_name_read_outside_the_speaker_s_place_does_not_hold_the_answer_to_that_person_when_they_said_nothing_close()
    {
        using var store = StoreWithFarmerCable();

        var before = store.Encoder.Questions;
        var result = store.Ask.Ask(CableQuestion);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Contains("Undersea cables", result.Answers[0].Text, StringComparison.Ordinal);
        // Asked twice, of Cable and then of everyone, the question is encoded once.
        Assert.Equal(before + 1, store.Encoder.Questions);
    }

    [Fact]
    public void A_question_and_its_reading_in_the_record_s_words_are_each_encoded_once_however_often_it_is_asked_again()
    {
        using var store = StoreWithFarmerCable();

        var before = store.Encoder.Questions;
        var result = store.Ask.Ask("How are the ocean cables of Cable protected?");

        Assert.Equal("How are the undersea cables of Cable protected?", result.ReadAs);
        // Asked of Cable and then of everyone, each time as asked and as read.
        Assert.Equal(before + 2, store.Encoder.Questions);
    }

    /// <summary>The briefings, and a Peter Cable who spoke only of farming.</summary>
    private static SemanticStore StoreWithFarmerCable()
    {
        var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Import("cable.txt", "title: Farm outlook\nsource: Test Wire\ndate: 2023-09-02\n\n" +
            "\"Farmers expect the barley crop to recover next spring after a dry summer,\" said Peter Cable, the deputy agriculture minister.\n");
        store.Vectors.EmbedPending(CancellationToken.None);
        return store;
    }

    [Fact]
    public void A_name_in_the_speaker_s_place_still_holds_the_answer_to_that_person()
    {
        using var store = StoreWithFarmerCable();

        var result = store.Ask.Ask("What did Cable say about protecting the links under the ocean?");

        Assert.False(result.Found);
        Assert.Equal(AskRefusal.NothingBySpeaker, result.Refusal);
    }

    [Theory]
    [InlineData("What has the Keller administration said about the wheat harvest being the largest in a decade?")]
    [InlineData("what did the keller team say about the wheat harvest being the largest in a decade?")]
    [InlineData("What did Keller's aides say about the wheat harvest being the largest in a decade?")]
    public void An_administration_or_team_named_after_a_person_is_no_speaker(string question)
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask(question);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Contains("wheat harvest", result.Answers[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Ilse Vorn say Tarnbyvkt would audit?", WordEvidence.Shared)]
    [InlineData("What did Ilse Vorn say Quellbrunn would audit?", WordEvidence.Unknown)]
    public void A_long_name_one_letter_from_a_name_on_record_is_that_name_mistyped(string question, WordEvidence expected)
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Import("audit.txt", "title: Data watchdog plans\nsource: Test Wire\ndate: 2023-06-01\n\n" +
            "\"Tarnbyvakt will audit every data broker in the country this year,\" said Ilse Vorn, the head of Tarnbyvakt.\n");
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask(question);

        Assert.Equal(expected, result.Meaning?.Evidence);
    }

    [Fact]
    public void The_evaluation_counts_why_answerable_questions_missed_without_naming_them()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Vectors.EmbedPending(CancellationToken.None);
        var questions = new List<AskEvaluation.Question>
        {
            new() { Id = "right", Text = "what is being done to protect the internet lines under the ocean?", Answerable = true, Documents = ["cables.txt"] },
            new() { Id = "wrong", Text = "what is being done to protect the internet lines under the ocean?", Answerable = true, Documents = ["harvest.txt"] },
            new() { Id = "refused", Text = "Who won the football match on Saturday?", Answerable = true, Documents = ["harvest.txt"] },
        };

        var report = AskEvaluation.Evaluate(store.Ask, questions);

        Assert.Equal((1, 1, 0), (report.AnswerableRefused, report.AnsweredWrong, report.RankedLow));
        var text = report.ToString();
        Assert.Contains("answerable misses from the top 3: 1 refused, 1 answered from other documents only, 0 ranked 4th or lower", text, StringComparison.Ordinal);
        Assert.DoesNotContain("football", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does Beijing's top internet envoy think threats and punitive measures make the online world safer?", "envoy", true)]
    [InlineData("Does Beijing's top cyber envoy think threats and punitive measures make the online world safer?", "cyber envoy", false)]
    public void An_office_described_in_other_words_than_its_title_still_finds_the_official_of_that_country(string question, string role, bool setAside)
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Import("deterrence.txt", "title: Coordinator speaks on stability online\nsource: Test Wire\ndate: 2023-12-20\n\n" +
            "China's coordinator for cyber affairs, Wen Lihua, told the forum: \"Resorting to force, pressure and sanctions will never " +
            "guarantee security online and may lead to strategic miscalculation.\"\n");
        store.Vectors.EmbedPending(CancellationToken.None);

        var result = store.Ask.Ask(question);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Equal("Wen Lihua", result.Answers[0].Speaker);
        // A cyber envoy is a coordinator for cyber affairs; a mere envoy is not, and the reader is told the office was set
        // aside, and the question is still shown as asked.
        Assert.Equal(setAside ? ["the role"] : [], result.SetAside);
        Assert.Equal(role, result.Parsed.RolePhrase);
        Assert.True(result.Meaning!.Closest >= result.Meaning.Needed);
    }

    [Fact]
    public void A_year_spoken_of_finds_what_was_said_early_the_next_year_but_a_year_of_speaking_holds()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Import("portals.txt", "title: Minister reviews a year of attacks\nsource: Test Wire\ndate: 2016-02-10\n\n" +
            "\"More than two million attacks on government websites were recorded last year alone,\" said Ivo Marsh, the interior minister.\n");
        store.Vectors.EmbedPending(CancellationToken.None);

        var spokenOf = store.Ask.Ask("How often did hackers go after official web portals in 2015, according to Marsh?");
        var spokenIn = store.Ask.Ask("What did Marsh say about attacks on government websites in 2015?");

        Assert.True(spokenOf.Found, spokenOf.Refusal.ToString());
        Assert.Contains("two million attacks", spokenOf.Answers[0].Text, StringComparison.Ordinal);
        Assert.Equal(["the year (statements up to 2016 count)"], spokenOf.SetAside);
        Assert.False(spokenIn.Found);
    }
    private const string TrainingQuestion = "Which Baltic country said it trains poorer partners to withstand online crime?";

    [Fact]
    public void A_region_asked_about_holds_the_answer_to_speakers_from_its_countries()
    {
        using var store = TrainingStatements(fromTheBaltic: true);

        var result = store.Ask.Ask(TrainingQuestion);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Equal("Kaia Ruut", result.Answers[0].Speaker);
        Assert.All(result.Answers, a => Assert.Equal("Estonia", a.Country));
        Assert.Empty(result.SetAside);
        Assert.Empty(store.Ask.Handle(TrainingQuestion).Lines);
    }

    [Fact]
    public void A_region_nobody_from_which_answers_is_set_aside_and_said_so()
    {
        using var store = TrainingStatements(fromTheBaltic: false);

        var result = store.Ask.Ask(TrainingQuestion);

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Equal("Dale Firth", result.Answers[0].Speaker);
        Assert.Equal(["the Baltic region"], result.SetAside);
        Assert.Equal("Baltic", result.Parsed.Region?.Name);
        // The reply says so, so that nobody reads a Canadian answer as a Baltic one.
        var reply = store.Ask.Handle(TrainingQuestion);
        Assert.Equal("Nothing answered with the Baltic region as asked, so the answers below set it aside.", Assert.Single(reply.Lines));
    }

    [Fact]
    public void A_region_and_an_office_nobody_holding_which_answers_are_set_aside_together()
    {
        using var store = TrainingStatements(fromTheBaltic: false);

        var result = store.Ask.Ask("Did a Baltic prime minister say they train poorer partners to withstand online crime?");

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.Equal("Dale Firth", result.Answers[0].Speaker);
        Assert.Equal(["the Baltic region", "the role"], result.SetAside);
    }

    /// <summary>The same words from a Canadian minister and, if asked for, from an Estonian one.</summary>
    private static SemanticStore TrainingStatements(bool fromTheBaltic)
    {
        var store = new SemanticStore(CountingEncoder.Real());
        store.ImportBriefings();
        store.Import("maple.txt", "title: Minister on online crime\nsource: Test Wire\ndate: 2023-05-02\n\n" +
            "\"We train poorer partners to withstand online crime,\" said Dale Firth, Canada's minister of public safety.\n");
        if (fromTheBaltic)
        {
            store.Import("tallinn.txt", "title: Minister on online crime\nsource: Test Wire\ndate: 2023-05-03\n\n" +
                "\"We train poorer partners to withstand online crime,\" said Kaia Ruut, Estonia's foreign minister.\n");
        }

        store.Vectors.EmbedPending(CancellationToken.None);
        return store;
    }
}
