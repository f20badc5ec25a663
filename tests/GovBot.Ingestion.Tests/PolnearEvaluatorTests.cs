using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Evaluation.Polnear;
using GovBot.Tests.Shared;

namespace GovBot.Ingestion.Tests;

/// <summary>The PolNeAR scorer on tiny BRAT files written for the purpose, with a stand-in extractor whose answers are known.</summary>
public sealed class PolnearEvaluatorTests
{
    private const string Text = "Sen. Mara Quill said the budget is late. Voters believe taxes will rise. \"We will fix it,\" Quill told reporters.\nAd text here.";

    private const string Annotations =
        "T1\tSource 0 15\tSen. Mara Quill\n" +
        "T2\tCue 16 20\tsaid\n" +
        "T3\tContent 21 39\tthe budget is late\n" +
        "T4\tAttribution 16 20\tsaid\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tSource 41 47\tVoters\n" +
        "T6\tCue 48 55\tbelieve\n" +
        "T7\tContent 56 71\ttaxes will rise\n" +
        "T8\tAttribution 48 55\tbelieve\n" +
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n" +
        "T9\tContent 73 81;82 90\t\"We will fix it,\"\n" +
        "T10\tSource 91 96\tQuill\n" +
        "T11\tCue 97 101\ttold\n" +
        "T12\tAttribution 97 101\ttold\n" +
        "E3\tAttribution:T12 Content:T9 Cue:T11 Source:T10\n" +
        "T13\tDiscard 113 126\tAd text here.\n" +
        "#1\tAnnotatorNotes T13\ta note\n";

    [Fact]
    public void A_matched_speech_statement_with_the_right_speaker_counts_for_recall_precision_and_speaker_accuracy()
    {
        var report = Score(0.3,
            Quote(21, 39, "Mara Quill"),          // covers the first content exactly
            Quote(74, 89, "Mara Quill"),          // covers most of the split quote's two fragments
            Quote(114, 125, "Nobody"));           // inside the discarded advert: ignored

        Assert.Equal(3, report.Gold);
        Assert.Equal(2, report.Matched);
        Assert.Equal(2, report.Predicted);
        Assert.Equal(1, report.IgnoredInDiscard);
        Assert.Equal(1.0, report.Precision);
        Assert.Equal(2.0 / 3, report.Recall, 6);
        // "believe" is not a speech cue: only the two speech attributions count, both found.
        Assert.Equal(2, report.SpeechGold);
        Assert.Equal(1.0, report.SpeechRecall);
        Assert.Equal(1.0, report.SpeakerAccuracy);
    }

    [Fact]
    public void Coverage_below_the_threshold_is_a_miss_and_a_false_positive_but_counts_at_a_lower_threshold()
    {
        // 6 of the 18 characters of "the budget is late": 33 % coverage.
        var prediction = Quote(21, 27, "Mara Quill");
        var strict = Score(0.8, prediction);
        Assert.Equal(0, strict.Matched);
        Assert.Equal(0.0, strict.Precision);
        Assert.Contains(strict.Failures.Keys, k => k.StartsWith("missed: reported · cue say · source named · before", StringComparison.Ordinal));
        Assert.Contains(strict.Failures.Keys, k => k.Contains("a prediction covers too little", StringComparison.Ordinal));

        var lenient = Score(0.3, prediction);
        Assert.Equal(1, lenient.Matched);
    }

    [Fact]
    public void Matching_is_one_to_one_with_the_best_coverage_first_and_pieces_of_a_matched_content_are_not_false_positives()
    {
        var report = Score(0.3,
            Quote(21, 31, "Mara Quill"),     // "the budget": 56 % of the content
            Quote(21, 39, "Mara Quill"),     // the whole content: wins the match
            Quote(32, 39, "Mara Quill"));    // "is late": a second piece of the same content

        Assert.Equal(1, report.Matched);
        Assert.Equal(3, report.Predicted);
        Assert.Equal(1.0 / 3, report.Precision, 6);
        Assert.Equal(2, report.InsideMatchedContent);
        Assert.Equal(1.0, report.LenientPrecision);
    }

    [Fact]
    public void A_speaker_is_right_when_it_shares_a_name_word_with_the_source_ignoring_titles()
    {
        var wrong = Score(0.3, Quote(21, 39, "Senator Jones"), Quote(73, 90, null));
        Assert.Equal(2, wrong.NamedMatched);
        Assert.Equal(0, wrong.SpeakerCorrect);
        Assert.Contains(wrong.Failures.Keys, k => k.StartsWith("wrong speaker: another name · gold honorific Sen.", StringComparison.Ordinal));
        Assert.Contains(wrong.Failures.Keys, k => k.StartsWith("wrong speaker: no speaker · gold one word", StringComparison.Ordinal));

        Assert.True(NamedSource.SameSpeaker("Rep. Maria Alvarez (D-Calif.)", "Maria Alvarez"));
        Assert.False(NamedSource.SameSpeaker("Sen. Maria Alvarez", "Sen. Paul Brennan"));
        Assert.False(NamedSource.IsNamed("he"));
        Assert.False(NamedSource.IsNamed("officials"));
        Assert.True(NamedSource.IsNamed("the Clinton campaign"));
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("told reporters", true)]
    [InlineData("has argued", true)]
    [InlineData("noted", true)]
    [InlineData("wrote on Twitter", true)]
    [InlineData("according to", true)]
    [InlineData("is warning", true)]
    [InlineData("believe", false)]
    [InlineData("hopes", false)]
    [InlineData("accorded", false)]
    public void Speech_cues_are_recognised_by_a_simple_lemmatiser(string cue, bool speech) => Assert.Equal(speech, SpeechCue.IsSpeech(cue));

    [Fact]
    public void Offsets_count_code_points_so_text_after_an_emoji_still_lines_up()
    {
        const string text = "😀 Kim said hello.";
        var doc = BratReader.Read("T1\tContent 11 16\thello\nT2\tCue 6 10\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T2\n", text);
        var content = Assert.Single(doc.Attributions).Content;
        Assert.Equal("hello", text[content.Start..content.End]);
    }

    [Fact]
    public void The_evaluator_reads_a_split_folder_and_takes_the_first_annotator_s_file()
    {
        using var dir = new TempDirectory();
        var split = Path.Combine(dir.Path, "data", "train");
        Directory.CreateDirectory(Path.Combine(split, "text"));
        Directory.CreateDirectory(Path.Combine(split, "attributions"));
        File.WriteAllText(Path.Combine(split, "text", "a.txt"), Text);
        File.WriteAllText(Path.Combine(split, "attributions", "a_0001.ann"), Annotations);
        File.WriteAllText(Path.Combine(split, "attributions", "a_ffff.ann"), "");

        Assert.Equal(split, PolnearEvaluator.Locate(dir.Path, "train").Folder);
        Assert.Contains("not a PolNeAR checkout", PolnearEvaluator.Locate(dir.Path, "dev").Problem, StringComparison.Ordinal);
        Assert.Contains("there is no folder", PolnearEvaluator.Locate(Path.Combine(dir.Path, "missing"), "train").Problem, StringComparison.Ordinal);

        var reports = new PolnearEvaluator(new FixedAnalyzer([Quote(21, 39, "Mara Quill")])).Evaluate(split, [0.3, 0.8]);
        Assert.Equal(1, reports[0].Documents);
        Assert.Equal(3, reports[0].Gold);
        Assert.Equal(1, reports[1].Matched);
    }

    [Fact]
    public void The_real_extractor_finds_a_plain_said_statement_in_a_hand_written_article()
    {
        using var dir = new TempDirectory();
        var split = Path.Combine(dir.Path, "data", "train");
        Directory.CreateDirectory(Path.Combine(split, "text"));
        Directory.CreateDirectory(Path.Combine(split, "attributions"));
        // The first line of an article is its headline, as in PolNeAR.
        const string article = "Budget row\n\nMara Quill, a senator, said the budget is late. Voters believe taxes will rise.\n";
        File.WriteAllText(Path.Combine(split, "text", "a.txt"), article);
        File.WriteAllText(Path.Combine(split, "attributions", "a_0001.ann"),
            "T1\tSource 12 22\tMara Quill\nT2\tCue 35 39\tsaid\nT3\tContent 40 58\tthe budget is late\nT4\tAttribution 35 39\tsaid\n" +
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");

        var report = new PolnearEvaluator(new ArticleAnalyzer()).Evaluate(split, [0.3])[0];
        Assert.Equal(1.0, report.SpeechRecall);
        Assert.Equal(1.0, report.SpeakerAccuracy);
    }

    private static ExtractedQuote Quote(int start, int end, string? speaker) =>
        new(Text[start..end], speaker, QuoteKind.Indirect, start, end, "said");

    private static PolnearReport Score(double threshold, params ExtractedQuote[] quotes)
    {
        var report = new PolnearReport { Threshold = threshold };
        PolnearScorer.Score(report, "a", Text, BratReader.Read(Annotations, Text), quotes);
        return report;
    }

    private sealed class FixedAnalyzer(IReadOnlyList<ExtractedQuote> quotes) : IArticleAnalyzer
    {
        public int Version => 1;

        public ArticleAnalysis Analyze(string text, string? fileName = null) =>
            new("t", null, null, null, null, null, ArticleKind.News, "", [], quotes, [], 1);
    }
}
