using GovBot.Ingestion.Summaries;
using Xunit;

namespace GovBot.Ingestion.Tests;

/// <summary>Known topic phrases are found as whole words, in any case, with spaces or hyphens between words.</summary>
public sealed class TopicPhraseTests
{
    [Fact]
    public void Spelling_variants_map_to_the_phrase_shown()
    {
        Assert.Equal(["cyberattack"], TopicExtractor.KnownIn("The Cyber-Attacks on the grid were condemned."));
        Assert.Equal(["cybercrime"], TopicExtractor.KnownIn("Cyber   crime is rising."));
    }

    [Fact]
    public void The_longest_phrase_wins_where_two_start_together()
    {
        // "cross-border data flows" and "data flows" share a label; "cyber arms race" must not also count "arms race" twice.
        var counts = TopicExtractor.Extract("A cyber arms race looms. Another arms race? Cross-border data flows matter.", 5);
        Assert.Equal("arms race", counts[0]);
        Assert.Contains("data flows", counts);
    }

    [Fact]
    public void Only_whole_words_match()
    {
        Assert.Empty(TopicExtractor.KnownIn("The gges and the paid trial were aimless."));
        Assert.Equal(["artificial intelligence"], TopicExtractor.KnownIn("Rules for AI, she said."));
    }

    [Fact]
    public void A_phrase_broken_by_punctuation_is_not_found()
    {
        Assert.Empty(TopicExtractor.KnownIn("critical, infrastructure"));
        Assert.Equal(["critical infrastructure"], TopicExtractor.KnownIn("critical\ninfrastructure"));
    }

    [Fact]
    public void Every_occurrence_counts_in_text_order()
    {
        Assert.Equal(["ransomware", "sanctions"], TopicExtractor.KnownIn("Sanctions. Ransomware. RANSOMWARE. sanctions").Order(StringComparer.Ordinal).ToList());
        Assert.Equal("ransomware", TopicExtractor.Extract("Sanctions on ransomware gangs; ransomware again.", 1)[0]);
    }

    [Fact]
    public void Distinct_phrases_are_counted_once_each()
    {
        Assert.Equal(0, TopicExtractor.DistinctKnownIn("Nothing to see here."));
        Assert.Equal(1, TopicExtractor.DistinctKnownIn("Ransomware, ransomware and more ransomware."));
        Assert.Equal(2, TopicExtractor.DistinctKnownIn("Ransomware and sanctions, and ransomware."));
    }

    [Fact]
    public void Frequent_two_word_terms_of_content_words_follow_the_known_phrases()
    {
        var topics = TopicExtractor.Extract(
            "Ransomware hit the port. Ferry Tickets matter; ferry tickets are dear. The port said ferry tickets, again. And the crew said so.", 3);
        Assert.Equal(["ransomware", "ferry tickets"], topics);
    }
}
