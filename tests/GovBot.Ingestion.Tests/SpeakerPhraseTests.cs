using GovBot.Core.Analysis;
using static GovBot.Ingestion.Tests.MadeUpArticle;

namespace GovBot.Ingestion.Tests;

/// <summary>Speaker phrases of US news around a quotation, each in a small made-up article.</summary>
public sealed class SpeakerPhraseTests
{
    private static ExtractedSpeaker Profile(ArticleAnalysis analysis, string name) => Assert.Single(analysis.Speakers, s => s.Name == name);

    [Fact]
    public void Lower_case_qualifiers_before_a_role_and_name_belong_to_the_speaker_phrase_after_the_quote()
    {
        var analysis = Analyze(
            "The levee vote was delayed again on Monday.",
            "\"The delay will cost the county dearly,\" said former county adviser Dana Whitfield.",
            "\"Nobody wants another flood season like the last one,\" former presidential candidate Herman Voss said.",
            "\"We have the votes to pass it this week,\" state Senate leader Phil Arrowood said.");
        Assert.Equal("Dana Whitfield", QuoteStarting(analysis, "The delay will cost").Speaker);
        Assert.Equal("Herman Voss", QuoteStarting(analysis, "Nobody wants another").Speaker);
        Assert.Equal("Phil Arrowood", QuoteStarting(analysis, "We have the votes").Speaker);
        Assert.Equal("presidential candidate", Profile(analysis, "Herman Voss").Title);
    }

    [Theory]
    [InlineData("\"The talks went well,\" said Khalid bin Rashid Al Tamimi, the foreign minister.", "Khalid bin Rashid Al Tamimi")]
    [InlineData("\"The talks went well,\" said Foreign Minister Abdullah bin Faisal Al Masri.", "Abdullah bin Faisal Al Masri")]
    [InlineData("\"The talks went well,\" said His Excellency Amadou Diallo.", "Amadou Diallo")]
    public void A_name_of_several_particles_is_whole_and_a_style_of_address_is_not_part_of_it(string sentence, string name)
    {
        var analysis = Analyze("Ministers met in the capital on Monday.", sentence);
        Assert.Equal(name, QuoteStarting(analysis, "The talks went well").Speaker);
    }

    [Fact]
    public void Her_before_a_style_of_address_opens_a_name_and_is_no_pronoun_for_the_woman_quoted_before()
    {
        var analysis = Analyze(
            "Ambassadors met in Geneva on Tuesday.",
            "\"We need binding rules,\" said Amina Diallo, the ambassador of Senegal.",
            "\"Clouds are not borders,\" said Her Excellency Fatou Ndiaye.",
            "\"Norms are not enough,\" said Her Majesty Queen Rania.");
        Assert.Equal("Amina Diallo", QuoteStarting(analysis, "We need binding").Speaker);
        Assert.Equal("Fatou Ndiaye", QuoteStarting(analysis, "Clouds are not").Speaker);
        Assert.Equal("Rania", QuoteStarting(analysis, "Norms are not").Speaker);
    }

    [Fact]
    public void A_party_and_state_tag_does_not_end_the_sentence_between_quote_and_cue()
    {
        var analysis = Analyze(
            "Lawmakers returned to the levee bill on Tuesday.",
            "\"This bill is a gift to the builders,\" Rep. Maria Alvarez (D-Calif.) said.",
            "\"We will fix it in conference,\" Senate Majority Leader Tom Briggs, R-Ky., said.",
            "\"The builders wrote half of this bill themselves,\" Rep. Hal Jeffers (D-N.Y.) said.");
        Assert.Equal("Maria Alvarez", QuoteStarting(analysis, "This bill is a gift").Speaker);
        Assert.Equal("Tom Briggs", QuoteStarting(analysis, "We will fix it").Speaker);
        Assert.Equal("Hal Jeffers", QuoteStarting(analysis, "The builders wrote").Speaker);
    }

    [Fact]
    public void Initials_an_abbreviated_title_after_the_article_and_a_place_after_the_name_are_read_around_the_name()
    {
        var analysis = Analyze(
            "The church hall filled early on Sunday.",
            "\"We pray for the flood victims first,\" R.J. Okafor said.",
            "\"The city must rebuild the levee before spring,\" said the Rev. Samuel Oduya.",
            "\"Our farmers cannot wait another year,\" said Gov. Terry E. Brand of Iowa, who toured the levee.");
        Assert.Equal("R.J. Okafor", QuoteStarting(analysis, "We pray for").Speaker);
        Assert.Equal("Samuel Oduya", QuoteStarting(analysis, "The city must rebuild").Speaker);
        Assert.Equal("Terry E. Brand", QuoteStarting(analysis, "Our farmers cannot").Speaker);
    }

    [Fact]
    public void A_description_before_a_name_in_commas_and_an_owner_before_a_name_name_the_speaker()
    {
        var analysis = Analyze(
            "The governor's office stayed silent on Wednesday.",
            "\"That would have been the fairer thing to do,\" the county press secretary, Josh Tamberlane, said on Tuesday.",
            "\"He deserved every bit of what he got,\" said the assailant, John Marlow, after the hearing.",
            "\"The bullying has to stop,\" Channel Nine's Chris Walden said.");
        Assert.Equal("Josh Tamberlane", QuoteStarting(analysis, "That would have been").Speaker);
        Assert.Equal("John Marlow", QuoteStarting(analysis, "He deserved every bit").Speaker);
        Assert.Equal("Chris Walden", QuoteStarting(analysis, "The bullying has").Speaker);
        Assert.Equal("Channel Nine", Profile(analysis, "Chris Walden").Organization);
    }

    [Fact]
    public void Any_verb_right_after_a_quotation_and_its_subject_reports_the_quotation()
    {
        var analysis = Analyze(
            "Conservative organiser Ruth Kessler and pollster Omar Lindqvist met donors on Monday.",
            "\"The base wants a fighter this time around,\" Kessler notes.",
            "\"The numbers will move after the debate,\" Lindqvist concludes.",
            "\"Nobody in this race has a plan for the levee,\" writes Ruth Kessler.");
        Assert.Equal("Ruth Kessler", QuoteStarting(analysis, "The base wants").Speaker);
        Assert.Equal("Omar Lindqvist", QuoteStarting(analysis, "The numbers will move").Speaker);
        Assert.Equal("Ruth Kessler", QuoteStarting(analysis, "Nobody in this race").Speaker);
    }

    [Fact]
    public void A_cue_after_an_exclamation_or_after_a_few_words_of_the_writer_still_names_the_speaker()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz and council member Leo Brandt spoke at the rally on Friday.",
            "\"We need a much tougher levee plan, and we need it now!\" Brandt said on Twitter.",
            "\"I owe this to every crew member who stayed late\" at the depot, Ortiz said.");
        Assert.Equal("Leo Brandt", QuoteStarting(analysis, "We need a much tougher").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "I owe this").Speaker);
    }

    [Fact]
    public void A_quotation_after_a_participle_belongs_to_the_subject_of_the_sentence()
    {
        var analysis = Analyze(
            "\"The council has done its work on the levee,\" council member Leo Brandt said on Monday.",
            "At a morning press conference, Mayor Dana Ortiz launched an attack on the council, calling it \"the least productive council in our history.\"");
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "the least productive").Speaker);
    }

    [Fact]
    public void A_speaker_after_the_verb_may_open_with_a_place_a_plain_noun_or_a_long_appositive()
    {
        var analysis = Analyze(
            "Voters lined up early on Tuesday outside the old mill.",
            "\"I can't vote for him this time around,\" said Millbrook resident Whit Symms.",
            "\"I'm not ready to call the merger a failure,\" said retired harbourmaster Ben Okonkwo, asked about the ferry deal.",
            "\"Our rivals have strong candidates for the port board too,\" said South Dakota Democratic Party Chairman Jaime Harlow.");
        Assert.Equal("Whit Symms", QuoteStarting(analysis, "I can't vote").Speaker);
        Assert.Equal("Ben Okonkwo", QuoteStarting(analysis, "I'm not ready to call").Speaker);
        Assert.Equal("Jaime Harlow", QuoteStarting(analysis, "Our rivals have").Speaker);
        Assert.Equal("resident", Profile(analysis, "Whit Symms").Title);
    }

    [Fact]
    public void A_quotation_inside_a_sentence_whose_subject_is_a_person_is_that_persons_whatever_the_verb()
    {
        var analysis = Analyze(
            "Mayor Dana Ortiz watched from the gallery as the ruling was read.",
            "\"The court got this one right,\" state Senate leader Phil Arrowood said on Friday.",
            "Gov. Pat Brennan blamed the board's \"three members who blocked our plan to fix the sea wall.\"",
            "\"We will appeal this ruling as soon as we can,\" Arrowood said.",
            "Ortiz subsequently defended the decision, calling the protester \"a troublemaker who was looking for a fight.\"");
        Assert.Equal("Pat Brennan", QuoteStarting(analysis, "three members").Speaker);
        Assert.Equal("Dana Ortiz", QuoteStarting(analysis, "a troublemaker").Speaker);
    }

    [Fact]
    public void A_party_member_or_a_commenter_described_without_a_name_is_an_unnamed_speaker_not_the_last_one_named()
    {
        var analysis = Analyze(
            "\"The levee plan is dead for this session,\" council member Leo Brandt said on Monday.",
            "\"Nobody on the committee wants to own the levee overruns,\" one senior Democrat said.");
        Assert.Equal("senior democrat", QuoteStarting(analysis, "Nobody on the committee").Speaker);
    }

    [Fact]
    public void A_lone_surname_right_after_a_quotation_or_an_opening_phrase_is_a_speaker_without_a_full_name()
    {
        var analysis = Analyze(
            "\"The levee plan is dead for this session,\" council member Leo Brandt said on Monday.",
            "\"From a builder's point of view, the delay changes nothing at all,\" Kessington said.",
            "At the evening debate, Marlowe compared himself to the mayor, saying, \"I don't take fees from the builders.\"");
        Assert.Equal("Kessington", QuoteStarting(analysis, "From a builder's").Speaker);
        Assert.Equal("Marlowe", QuoteStarting(analysis, "I don't take fees").Speaker);
    }

    [Fact]
    public void A_quotation_continued_by_the_writer_may_end_in_a_verb_first_cue()
    {
        var analysis = Analyze(
            "\"The levee plan is dead for this session,\" council member Leo Brandt said on Monday.",
            "\"Working families were more her constituency than his at that point\" in the last primary, said state university professor Paul Becker.");
        Assert.Equal("Paul Becker", QuoteStarting(analysis, "Working families").Speaker);
    }

    [Fact]
    public void Heading_words_the_text_also_uses_in_lower_case_are_no_person_but_a_rare_surname_is()
    {
        var analysis = Analyze(
            "Our future depends on a resilient grid, and the plan invests in a future that is resilient by design.",
            "\"The grid will hold through the winter,\" Resilient Future said.",
            "\"We will publish the audit in March,\" Grid Okonkwo said.");
        Assert.Null(QuoteStarting(analysis, "The grid will hold").Speaker);
        Assert.Equal("Grid Okonkwo", QuoteStarting(analysis, "We will publish").Speaker);
        Assert.DoesNotContain(analysis.Speakers, s => s.Name == "Resilient Future");
    }

    [Fact]
    public void A_surname_that_is_also_a_colour_or_a_direction_is_a_name_after_an_honorific()
    {
        var analysis = Analyze(
            "The library opened a safety tool for residents on Saturday.",
            "''People turn to the library to check on their loved ones and get updates,'' Ms. White said.",
            "''We built it for days like this one, and we will keep it running,'' said Mr. West.");
        Assert.Equal("White", QuoteStarting(analysis, "People turn").Speaker);
        Assert.Equal("West", QuoteStarting(analysis, "We built it").Speaker);
    }
}
