using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Ingestion.Tests.Patterns;

/// <summary>Reported speech as US news writes it, each pattern in a small made-up article.</summary>
public sealed class ReportedSpeechPatternTests
{
    private static ArticleAnalysis Analyze(params string[] paragraphs) =>
        new ArticleAnalyzer().Analyze("Made-up headline for a test\n\n" + string.Join("\n\n", paragraphs) + "\n");

    private static ExtractedQuote QuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.Single(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    private static void NoQuoteStarting(ArticleAnalysis analysis, string opening) =>
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void A_reported_clause_in_a_sentence_that_also_holds_a_quotation_is_kept_beside_the_quotation()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "Marsh said the budget would pass by Friday, and she called the delay “an embarrassment for everyone involved in it.”");
        var reported = QuoteStarting(analysis, "the budget would pass by Friday");
        Assert.Equal(QuoteKind.Indirect, reported.Kind);
        Assert.Equal("Lena Marsh", reported.Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "an embarrassment for everyone").Speaker);
    }

    [Fact]
    public void Verbs_inside_a_quotation_are_not_cues_of_reported_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh spoke in the capital on Monday.",
            "“My opponent said the tax would never rise again,” Marsh said.");
        Assert.Equal(QuoteKind.Direct, QuoteStarting(analysis, "My opponent said").Kind);
        NoQuoteStarting(analysis, "the tax would never rise");
    }

    [Fact]
    public void A_reporting_clause_after_a_comma_and_a_conjunction_has_its_own_subject()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz met the senator at a fundraiser in 2009.",
            "They shook hands for the cameras that night, and Ortiz said the photo is still one of her favorite pictures.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the photo is still one").Speaker);
    }

    [Fact]
    public void Described_groups_polls_and_documents_report_speech_but_not_beliefs()
    {
        var analysis = Analyze(
            "The race tightened this week in the northern counties.",
            "Campaign aides say the governor will announce her running mate next week.",
            "Six in 10 voters said the economy was their top concern this year.",
            "A court filing says the county clerk will not be charged with any crime.",
            "Most voters believe the state is heading in the wrong direction this year.");
        Assert.Equal("Campaign aides", QuoteStarting(analysis, "the governor will announce").Speaker);
        Assert.Equal("Six in 10 voters", QuoteStarting(analysis, "the economy was their top").Speaker);
        Assert.Equal("court filing", QuoteStarting(analysis, "the county clerk will not").Speaker);
        NoQuoteStarting(analysis, "the state is heading");
    }

    [Fact]
    public void An_institution_in_lower_case_stays_out_as_the_project_s_gold_sets_attribute_its_words_to_its_officials()
    {
        var analysis = Analyze(
            "The outage hit thousands of homes on Sunday.",
            "The agency said it had restored power to most of the homes by noon.");
        NoQuoteStarting(analysis, "it had restored power");
    }

    [Fact]
    public void A_second_verb_shares_the_subject_of_its_own_clause()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz toured the park on Saturday.",
            "Some in the crowd cheered, and when Ortiz thanked the volunteers and said the park would reopen in the spring, a man shouted from the back.",
            "Senator Paul Brennan offered the heckler a seat on the stage, then says he would listen to anyone who wants to talk to him.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the park would reopen").Speaker);
        Assert.Equal("Paul Brennan", QuoteStarting(analysis, "he would listen to anyone").Speaker);
    }

    [Fact]
    public void A_participle_after_a_comma_with_no_cue_before_it_shares_the_sentence_subject()
    {
        var analysis = Analyze(
            "Governor Lena Marsh responded on Friday, saying the ads were paid for by outside groups from other states.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the ads were paid for").Speaker);
    }

    [Fact]
    public void A_participle_aside_between_subject_and_verb_is_stepped_over()
    {
        var analysis = Analyze(
            "Delegate Ana Ruiz, wearing a shirt covered in campaign buttons, said she was proud of the way the race was run.");
        Assert.Equal("Ana Ruiz", QuoteStarting(analysis, "she was proud of the way").Speaker);
    }

    [Fact]
    public void Auxiliaries_between_subject_and_verb_keep_the_named_subject()
    {
        var analysis = Analyze(
            "Governor Lena Marsh held a rally on Monday.",
            "Marsh isn’t saying which of the two candidates she will endorse next month.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "which of the two candidates").Speaker);
    }

    [Fact]
    public void A_subject_after_a_quoted_title_and_its_comma_opens_the_reporting_clause()
    {
        var analysis = Analyze(
            "Governor Lena Marsh appeared on television on Sunday.",
            "Speaking on “Sunday Notes,” Marsh admitted that the figure in her book was wrong by a wide margin.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the figure in her book").Speaker);
    }

    [Fact]
    public void An_occasion_after_the_verb_is_not_reported_speech()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz campaigned in Dayton on Friday.",
            "“We will win this district by a wide margin,” Ortiz said at a rally in Dayton on Friday night.",
            "Ortiz said in an interview with a local paper that the district would stay in her party’s hands.");
        NoQuoteStarting(analysis, "at a rally");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the district would stay").Speaker);
    }

    [Fact]
    public void According_to_a_poll_or_an_outlet_names_the_source_but_a_lower_case_institution_or_a_plan_does_not()
    {
        var analysis = Analyze(
            "The primary is three weeks away.",
            "According to a new poll by Lakeview College, the senator leads the field by nine points among likely voters.",
            "The governor has raised four million dollars since January, according to the Daily Ledger.",
            "According to the plan, the state police would be given broad new powers over the network.",
            "Payments to the group topped one million dollars last year, according to analysis firm Brightline.");
        Assert.Equal("new poll by Lakeview College", QuoteStarting(analysis, "the senator leads the field").Speaker);
        Assert.Equal("Daily Ledger", QuoteStarting(analysis, "The governor has raised").Speaker);
        NoQuoteStarting(analysis, "the state police would");
        NoQuoteStarting(analysis, "Payments to the group");
    }

    [Fact]
    public void The_cue_of_a_quotation_and_a_verb_that_names_a_thing_report_no_clause_of_their_own()
    {
        var analysis = Analyze(
            "Minister Tan Mei Ling met her counterparts in the capital.",
            "“No country in the region can deal with this alone, and nobody should try,” Tan told a press conference after the meeting.",
            "Her deputy, Alexei Marov, called the outcome “a historic step for the region, and one we waited for far too long” and left.");
        NoQuoteStarting(analysis, "a press conference");
        NoQuoteStarting(analysis, "conference after");
        NoQuoteStarting(analysis, "the outcome");
    }

    [Fact]
    public void A_participle_after_a_trailing_cue_leaves_the_words_before_the_cue_as_the_content()
    {
        var analysis = Analyze(
            "The long-promised harbour bill will not be published before the summer recess, Minister Declan Forde has confirmed, leaving the port among the last to act.");
        var reported = QuoteStarting(analysis, "The long-promised harbour bill");
        Assert.Equal("Declan Forde", reported.Speaker);
        NoQuoteStarting(analysis, "leaving the port");
    }

    [Fact]
    public void A_place_after_a_name_is_stepped_over_to_the_speaker()
    {
        var analysis = Analyze(
            "Mission chief Marta Lindgren of Sweden noted that observers had seen no evidence of tampering with the ballots.",
            "Stacy Barker of Columbia, South Carolina, says she really thinks the senator can pull off a win.");
        Assert.Equal("Marta Lindgren", QuoteStarting(analysis, "observers had seen no evidence").Speaker);
        Assert.Equal("Stacy Barker", QuoteStarting(analysis, "she really thinks the senator").Speaker);
    }

    [Fact]
    public void A_group_named_with_a_possessive_or_a_place_after_a_preposition_is_the_speaker()
    {
        var analysis = Analyze(
            "The race tightened on Monday.",
            "Marsh’ aides say their campaign has no desire to engage in a long fight over the issue.",
            "Some delegates at the convention in Dayton said they welcomed the attention to the issue.");
        Assert.Equal("Marsh’ aides", QuoteStarting(analysis, "their campaign has no desire").Speaker);
        Assert.Equal("Some delegates at the convention in Dayton", QuoteStarting(analysis, "they welcomed the attention").Speaker);
    }

    [Fact]
    public void Speech_reported_in_a_relative_clause_belongs_to_its_antecedent()
    {
        var analysis = Analyze(
            "Former player Carl Benning joined the panel on Tuesday.",
            "Benning, who said he usually votes for the other party, said one candidate he likes is the governor.",
            "The vote handed fresh ammunition to Republicans who say the law is a money pit for the state.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "he usually votes for the other party").Speaker);
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "one candidate he likes").Speaker);
        Assert.Equal("Republicans", QuoteStarting(analysis, "the law is a money pit").Speaker);
    }

    [Fact]
    public void A_reporting_clause_may_open_after_a_colon_a_double_dash_or_where()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz has attacked the council online because it is paying off: She said she has raised about $90,000 in three days.",
            "The council backs the plan -- but Ortiz has never said she would support the tax in its current form.",
            "Ortiz has spent weeks in the northern wards, where she says she can win if turnout is strong.");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she has raised about").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she would support the tax").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "she can win if turnout").Speaker);
    }

    [Fact]
    public void A_verb_before_its_subject_after_the_reported_words_attributes_the_words_before_it()
    {
        var analysis = Analyze(
            "Shares of the builder fell sharply on Thursday.",
            "But the cuts are not nearly good enough for investors, said Carl Benning, a senior analyst at a regional bank.",
            "A quieter campaign may not be such a bad thing for the party either, say some Democrats, who remember the last race.",
            "Nicholas Varga, head of the retailers’ council, said the government needed to fund an awareness campaign.");
        Assert.Equal("Carl Benning", QuoteStarting(analysis, "But the cuts are not").Speaker);
        Assert.Equal("some Democrats", QuoteStarting(analysis, "A quieter campaign may not").Speaker);
        Assert.Equal("Nicholas Varga", QuoteStarting(analysis, "the government needed to fund").Speaker);
        NoQuoteStarting(analysis, "Nicholas Varga, head");
    }

    [Fact]
    public void A_trailing_cue_followed_by_a_participle_attributes_both_the_words_before_and_the_participle_s_clause()
    {
        var analysis = Analyze(
            "The capital did not complain when the province’s spending lifted growth, a provincial official said, adding that the cost of the closures was hard to estimate.");
        Assert.Equal("provincial official", QuoteStarting(analysis, "The capital did not complain").Speaker);
        Assert.Equal("provincial official", QuoteStarting(analysis, "the cost of the closures").Speaker);
    }

    [Fact]
    public void A_question_reported_with_asked_and_words_in_claims_and_writes_are_reported_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh met the voters of the county on Tuesday.",
            "Marsh asked the crowd whether they planned to attend the caucuses next month.",
            "Marsh claims the county has been ignored by every candidate in the race.",
            "Marsh writes that the levee should have been rebuilt years ago.",
            "She said she supported it.");
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "whether they planned to attend").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the county has been ignored").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "the levee should have been").Speaker);
        Assert.Equal("Lena Marsh", QuoteStarting(analysis, "she supported it").Speaker);
    }

    [Fact]
    public void According_to_a_surname_is_the_person_the_article_introduced()
    {
        var analysis = Analyze(
            "Chief engineer Tariq al-Rashidi said the cable was cut near the coast.",
            "According to al-Rashidi, repairs could take up to eight weeks because the ships need permits.");
        Assert.Equal("Tariq al-Rashidi", QuoteStarting(analysis, "repairs could take").Speaker);
    }

    [Fact]
    public void A_group_after_a_possessive_determiner_and_others_report_speech()
    {
        var analysis = Analyze(
            "Governor Lena Marsh flew home on Sunday.",
            "Her advisers and allies say she will spend the coming weeks honing her message for the fall.",
            "But others say she has never looked more confident on the stump.");
        Assert.Equal("Her advisers and allies", QuoteStarting(analysis, "she will spend the coming weeks").Speaker);
        Assert.Equal("others", QuoteStarting(analysis, "she has never looked").Speaker);
    }
}
