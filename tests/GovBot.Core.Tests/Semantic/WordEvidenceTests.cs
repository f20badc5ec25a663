using GovBot.Core.Features.Ask;
using GovBot.Core.Search;

namespace GovBot.Core.Tests.Semantic;

/// <summary>What a question's words say about an answer sets how close in meaning the closest statement must be.</summary>
public sealed class WordEvidenceTests(CorpusWithVectors corpus) : IClassFixture<CorpusWithVectors>
{
    [Theory]
    [InlineData(WordEvidence.Shared, true)]
    [InlineData(WordEvidence.NoneShared, true)]
    [InlineData(WordEvidence.Against, false)]
    [InlineData(WordEvidence.Unknown, false)]
    public void Moderately_close_statements_answer_unless_the_words_count_against_them(WordEvidence evidence, bool answered)
    {
        List<StatementHit> semantic = [new(1, 0.36, 0.36, 10), new(2, 0.33, 0.33, 11)];
        List<StatementHit> lexical = evidence == WordEvidence.Shared ? [new(2, 5.0, 1.0, 11)] : [];

        var (hits, refusal) = HybridRanking.Combine(lexical, semantic, HybridSettings.Default, evidence);

        Assert.Equal(answered, hits.Count > 0);
        Assert.Equal(answered ? AskRefusal.None : AskRefusal.NothingCloseInMeaning, refusal);
    }

    [Fact]
    public void A_document_with_several_close_statements_ranks_above_one_stray_statement()
    {
        List<StatementHit> semantic = [new(1, 0.50, 0.50, 10), new(2, 0.49, 0.49, 11), new(3, 0.47, 0.47, 11), new(4, 0.46, 0.46, 11)];

        var (hits, _) = HybridRanking.Combine([], semantic, HybridSettings.Default, WordEvidence.NoneShared);
        var (alone, _) = HybridRanking.Combine([], semantic, HybridSettings.Default with { DocumentSupport = 0 }, WordEvidence.NoneShared);

        Assert.Equal(2, hits[0].Id);
        Assert.Equal(1, alone[0].Id);
    }

    [Fact]
    public void A_thing_the_record_has_no_word_for_counts_against_an_answer()
    {
        var result = corpus.Ask.Ask("What did the White House say about the Heartbleed bug?");

        Assert.Equal(WordEvidence.Unknown, result.Evidence);
        Assert.False(result.Found);
    }

    [Fact]
    public void A_thing_the_record_has_no_word_for_is_refused_even_when_a_statement_comes_as_close_as_words_would_need()
    {
        // The Singapore minister's "first time in the UN General Assembly's 75-year history …" comes within 0.46: close to the
        // venue, not to ChatGPT, which no statement names.
        List<StatementHit> semantic = [new(1, 0.46, 0.46, 10)];
        Assert.NotEmpty(HybridRanking.Combine([], semantic, HybridSettings.Default, WordEvidence.Against).Hits);
        Assert.Empty(HybridRanking.Combine([], semantic, HybridSettings.Default, WordEvidence.Unknown).Hits);

        var result = corpus.Ask.Ask("Who mentioned ChatGPT in a UN General Assembly speech?");

        Assert.Equal(WordEvidence.Unknown, result.Evidence);
        Assert.False(result.Found);
        Assert.Contains("No statement on record mentions “ChatGPT”.", corpus.Ask.Handle("Who mentioned ChatGPT in a UN General Assembly speech?").Lines);
    }

    /// <summary>
    /// No statement says "NBC"; the title "Interview to NBC" does, so the question names an occasion on record. The title
    /// spells the Brazilian president "Cardozo" and no statement names him, so the asker's "Cardoso" is that name mistyped.
    /// Neither is a thing the record lacks.
    /// </summary>
    [Theory]
    [InlineData("In his 2017 NBC interview, did Putin say who could be behind hacker attacks blamed on Russia?", "interview-to-nbc")]
    [InlineData("What did Putin write to President Cardoso about global information security?", "brazilian-president-fernando")]
    public void A_name_only_a_title_holds_or_spelt_one_letter_from_it_is_on_record(string question, string document)
    {
        var result = corpus.Ask.Ask(question);

        Assert.NotEqual(WordEvidence.Unknown, result.Evidence);
        Assert.True(result.Found);
        Assert.Contains(document, result.Answers[0].Document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_case_word_only_a_title_holds_is_not_corrected_into_a_statement_word()
    {
        // "nbc" is one letter from "nsc", which statements use; the title "Interview to NBC" holds it as asked.
        var reply = corpus.Ask.Handle("what did putin say in his nbc interview about zorblax?");

        Assert.Contains(reply.Lines, l => l.Contains("“nbc interview zorblax”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refusal_names_only_what_the_record_lacks_not_a_word_a_title_holds()
    {
        var reply = corpus.Ask.Handle("Has anyone spoken about NBC interviews on Zorblax?");

        Assert.Equal("No statement on record mentions “Zorblax”.", reply.Lines[0]);
    }

    [Fact]
    public void Words_found_only_outside_the_speaker_asked_about_count_against_an_answer()
    {
        var result = corpus.Ask.Ask("What did Long Zhou say about ransomware?");

        Assert.Equal(WordEvidence.Against, result.Evidence);
        Assert.Equal(AskRefusal.NothingBySpeaker, result.Refusal);
    }

    [Fact]
    public void A_paraphrase_sharing_no_word_with_any_statement_is_left_to_meaning()
    {
        var result = corpus.Ask.Ask("should unpaid hobbyist programmers be blamed when their gratis tools get abused?");

        Assert.Equal(WordEvidence.NoneShared, result.Evidence);
        Assert.True(result.Found);
    }

    [Fact]
    public void A_country_named_as_what_was_spoken_of_does_not_hold_the_answer_to_that_country_when_its_statements_say_nothing_close()
    {
        var result = corpus.Ask.Ask("Which Chinese spy service did Washington and its partners accuse over the Exchange server intrusions?");

        Assert.True(result.Found, result.Refusal.ToString());
        Assert.NotEqual("China", result.Answers[0].Country);
    }

    [Fact]
    public void A_common_word_is_never_taken_for_a_misspelling()
    {
        var result = corpus.Ask.Ask("What is the zqxwv they got into?");

        Assert.False(result.Found);
        Assert.DoesNotContain("Indo", result.Corrections, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_sound_word_the_record_lacks_is_also_read_as_asked_not_only_as_corrected()
    {
        // "fretted" is corrected to "free" for the words; the model reads the question as asked and finds the answer.
        var result = corpus.Ask.Ask("who fretted about thieves locking up hospital computers and asking for money?");

        Assert.True(result.Found, result.Refusal.ToString());
    }
}
