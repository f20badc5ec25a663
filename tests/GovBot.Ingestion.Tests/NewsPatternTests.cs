using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests;

/// <summary>Attribution patterns of US political news, each in a small made-up article.</summary>
public sealed class NewsPatternTests
{
    [Fact]
    public void Quotation_marks_typed_as_two_apostrophes_are_quotes_and_keep_the_file_s_characters_and_offsets()
    {
        const string body = "''We will not back down from this fight over the levee budget,'' said Dana Ortiz, the mayor of Springfield.";
        var analysis = Analyze(body);
        var quote = QuoteStarting(analysis, "We will not back down");
        Assert.Equal("Dana Ortiz", quote.Speaker);
        var text = "Made-up headline for a test\n\n" + body + "\n";
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void US_style_titles_and_honorifics_are_not_part_of_the_speaker_s_name()
    {
        var analysis = Analyze(
            "The market rose on Friday.",
            "\"The harbour fund is running on fumes, and the next storm will empty it,\" Mr. Novak said in an interview.",
            "Rep. Maria Alvarez (D-Calif.) said the agency must act faster on the pending claims.",
            "Sen. Paul Brennan, R-Ohio, said in a statement that the bill was dead for this session.",
            "Springfield Mayor Dana Ortiz said the city would appeal the ruling next week.",
            "Thomas J. Whitfield, a lawyer for the family, said the settlement was fair to everyone.");
        Assert.Equal("Novak", QuoteStarting(analysis, "The harbour fund is running").Speaker);
        Assert.Equal("Maria Alvarez", QuoteStarting(analysis, "the agency must act").Speaker);
        Assert.Equal("Paul Brennan", QuoteStarting(analysis, "the bill was dead").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the city would appeal").Speaker);
        Assert.Equal("Thomas J. Whitfield", QuoteStarting(analysis, "the settlement was fair").Speaker);
    }

    [Fact]
    public void A_debate_moderator_s_role_is_a_title_not_part_of_the_name()
    {
        var analysis = Analyze(
            "The debate in Dayton ran late on Thursday.",
            "Moderator Dana Pruitt asked the candidates whether they would accept the result.");
        Assert.Equal("Dana Pruitt", QuoteStarting(analysis, "whether they would accept").Speaker);
        Assert.Equal("Moderator", analysis.Speakers.Single(s => s.Name == "Dana Pruitt").Title);
    }

    [Fact]
    public void A_surname_speaker_is_the_full_name_the_article_mentioned_earlier_without_a_speech_verb()
    {
        var analysis = Analyze(
            "The debate stage included Ted Kowalczyk, Ben Marsh and Carly Dunmore on Tuesday night.",
            "Kowalczyk said the moderators had asked unfair questions all evening long.");
        Assert.Equal("Ted Kowalczyk", QuoteStarting(analysis, "the moderators had asked").Speaker);
    }

    [Fact]
    public void According_to_a_person_or_a_document_at_the_end_of_a_sentence_attributes_what_came_before()
    {
        var analysis = Analyze(
            "Campaign manager Rita Voss joined the candidate in Iowa on Monday.",
            "The campaign will move its staff to the early primary states next month, according to Rita Voss.",
            "The group spent two million dollars on mailings last quarter, according to federal filings.");
        Assert.Equal("Rita Voss", QuoteStarting(analysis, "The campaign will move").Speaker);
        Assert.Equal("federal filings", QuoteStarting(analysis, "The group spent").Speaker);
    }

    [Fact]
    public void A_partial_quote_inside_reported_speech_belongs_to_the_subject_of_the_reporting_verb()
    {
        var analysis = Analyze(
            "Rep. Maria Alvarez met the agency's director on Tuesday.",
            "Alvarez urged the agency to \"stop dragging its feet on the backlog of claims\" before the winter.",
            "Gov. Dana Ortiz said that the board has \"only one serious plan left on the table\" for the levee.");
        Assert.Equal("Maria Alvarez", QuoteStarting(analysis, "stop dragging its feet").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "only one serious plan").Speaker);
    }

    [Fact]
    public void A_lone_surname_before_its_verb_is_a_speaker_when_the_text_writes_it_after_an_honorific()
    {
        var analysis = Analyze(
            "The committee heard from Mr. Gorvath on Thursday.",
            "Gorvath said the agency had no strategy for the region at all.");
        Assert.Equal("Gorvath", QuoteStarting(analysis, "the agency had no strategy").Speaker);
    }

    [Fact]
    public void Attribution_verbs_beyond_said_introduce_reported_speech()
    {
        var analysis = Analyze(
            "Ohio Gov. Helen Markey and Sen. Omar Voss spoke in Concord on Monday.",
            "The debate ended with Markey arguing that the plan would never pass the Senate.",
            "Voss told the crowd: We have come a long way since the first debate in the fall.",
            "Markey, asked about the plan, said she would veto any bill that raised taxes on workers.",
            "Voss wrote on Twitter that the decision was a disgrace to the whole country.");
        Assert.Equal("Helen Markey", QuoteStarting(analysis, "the plan would never pass").Speaker);
        Assert.Equal("Omar Voss", QuoteStarting(analysis, "We have come a long way").Speaker);
        Assert.Equal("Helen Markey", QuoteStarting(analysis, "she would veto any bill").Speaker);
        Assert.Equal("Omar Voss", QuoteStarting(analysis, "the decision was a disgrace").Speaker);
    }

    [Fact]
    public void A_name_after_adjectives_or_with_an_age_between_commas_is_still_the_subject()
    {
        var analysis = Analyze(
            "Former Gov. Lyle Brandt ended his campaign on Saturday night.",
            "A teary-eyed Brandt says he is proud of the ferry service he built across the bay.",
            "Nora Pike, 21, a junior from Reno, said she came to her first caucus to support the senator.");
        Assert.Equal("Lyle Brandt", QuoteStarting(analysis, "he is proud of the ferry service").Speaker);
        Assert.Equal("Nora Pike", QuoteStarting(analysis, "she came to her first caucus").Speaker);
    }

    [Fact]
    public void A_vox_pop_signed_after_a_dash_in_its_own_paragraph_names_the_speaker_but_not_a_title()
    {
        var analysis = Analyze(
            "Voters in Ohio were asked about the budget.",
            "\"We will not back down from this fight over the budget\" — Dana Reyes, 52, of Toledo");
        Assert.Equal("Dana Reyes", QuoteStarting(analysis, "We will not back down").Speaker);
        Assert.Null(Assert.Single(analysis.Speakers, s => s.Name == "Dana Reyes").Title);
    }

    [Fact]
    public void A_body_that_speaks_for_itself_is_the_speaker_as_written_but_a_country_s_government_is_not()
    {
        var analysis = Analyze(
            "The hearing opened on Monday.",
            "The National Boating Association says the new rules are full of loopholes and ignore small marinas.",
            "The Okafor campaign said it collected more than $3 million from small donors in March.",
            "Ruritania's government said its parliamentary network had been targeted by the same group.");
        Assert.Equal("National Boating Association", QuoteStarting(analysis, "the new rules are full").Speaker);
        Assert.Equal("Okafor campaign", QuoteStarting(analysis, "it collected more than").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("its parliamentary network", StringComparison.Ordinal));
    }

    [Fact]
    public void In_an_interview_transcript_each_turn_belongs_to_its_label_and_the_guest_is_not_the_host()
    {
        var analysis = new ArticleAnalyzer().Analyze(string.Join("\n\n",
            "Interview: the senator on the budget",
            "The senator spoke with host Ann Davies on Monday. Here is an edited transcript.",
            "DAVIES: Senator Keller, thank you for joining us on the program today.",
            "KELLER: Thank you for having me. The budget is late because the House refused to negotiate.",
            "DAVIES: Will you vote for the stopgap measure this week?",
            "KELLER: I will vote for it, but only if it funds the veterans programs in full.") + "\n");
        Assert.Equal("Keller", QuoteStarting(analysis, "Thank you for having me").Speaker);
        Assert.Equal("Keller", QuoteStarting(analysis, "I will vote for it").Speaker);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == "Keller" && q.Text.Contains("stopgap", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_standing_alone_before_anyone_has_spoken_belongs_to_the_person_just_named()
    {
        var analysis = Analyze(
            "Ruth Calder toured the shuttered plant on Friday with a crowd of former workers.",
            "\"We need these jobs back in this town, and we will fight for every one of them.\"");
        Assert.Equal("Ruth Calder", QuoteStarting(analysis, "We need these jobs back").Speaker);
    }
}
