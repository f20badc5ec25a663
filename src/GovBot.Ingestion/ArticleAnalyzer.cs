using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction;
using GovBot.Ingestion.Lexicon;
using GovBot.Ingestion.Parsing;
using GovBot.Ingestion.Summaries;

namespace GovBot.Ingestion;

/// <summary>
/// The extraction engine: text in, analysis out, with no I/O and no state between calls.
/// Transcripts are read turn by turn, single-speaker statements paragraph by paragraph, and news for
/// direct and reported speech attributed in reading order.
/// </summary>
public sealed partial class ArticleAnalyzer : IArticleAnalyzer
{
    public const int CurrentVersion = 29;
    private const int TopicCount = 6;

    public int Version => CurrentVersion;

    public ArticleAnalysis Analyze(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var original = text;
        text = ApostropheQuotes.Normalize(text);
        var doc = DocumentParser.Parse(text);
        var title = doc.Header.Title.Length > 0 ? doc.Header.Title : Path.GetFileNameWithoutExtension(fileName ?? "");
        var registry = new PersonRegistry();
        var speech = new SpeechExtractor(doc, registry);
        speech.Prepare(doc.Header.Title);

        var turns = TranscriptLabels.Find(doc);
        ArticleKind kind;
        List<ExtractedQuote> quotes;
        var labelledSpeech = TranscriptLabels.IsLabelledSpeech(turns);
        if (TranscriptLabels.IsTranscript(turns) || labelledSpeech)
        {
            kind = labelledSpeech ? ArticleKind.Statement : ArticleKind.Transcript;
            quotes = new TranscriptReader(doc, registry).Read(turns);
            var firstTurn = turns.Keys.Min();
            quotes.AddRange(speech.Extract(Enumerable.Range(firstTurn, doc.Paragraphs.Count - firstTurn).ToHashSet()));
        }
        else
        {
            (kind, quotes) = ReadStatementOrNews(doc, title, registry, speech);
        }

        quotes = DashAttribution.Apply(doc, registry, quotes);
        quotes = quotes.OrderBy(q => q.Start).ThenBy(q => q.End).Select(q => q with { Text = Verbatim(original, text, q), Topics = TopicExtractor.KnownIn(q.Text) }).ToList();
        var publisherCountry = SourceCountry(doc.Header);
        var sourceCountry = PlaceCountry(doc.Header.Place) ?? publisherCountry ?? OutletCountry(doc.Header, text);
        var speakers = Speakers(registry, quotes, sourceCountry);
        var summary = Summarizer.Summarize(doc, kind, quotes, speakers);
        var topics = TopicExtractor.Extract(string.Join('\n', doc.Paragraphs.Select(p => p.Of(text))), TopicCount);
        return new ArticleAnalysis(title, doc.Header.Source, doc.Header.Date, doc.Header.Url, doc.Header.Licence, doc.Header.Place,
            kind, summary, speakers, quotes, topics, CurrentVersion)
        {
            SourceCountry = publisherCountry,
        };
    }

    private static (ArticleKind, List<ExtractedQuote>) ReadStatementOrNews(ParsedDocument doc, string title, PersonRegistry registry, SpeechExtractor speech)
    {
        if (ReadBylineSections(doc, registry, speech) is { } sections)
        {
            return (ArticleKind.Statement, sections);
        }

        var (author, institutional, _) = StatementAuthor.FromTitle(title);
        var spoken = speech.Extract();
        if (author is null && !institutional)
        {
            // A government's readout that quotes nobody ("Readout of the National Cyber Director's Travel …") is still its
            // own account of what was discussed, as is any page a government publishes in its own voice ("White House Unveils
            // President Trump's Cyber Strategy for America"): its paragraphs stand as the publisher's statements, with no speaker.
            var readout = Readout().IsMatch(title);
            var government = SourceCountry(doc.Header) is not null;
            if (spoken.Count == 0 && (readout || government))
            {
                return (ArticleKind.Statement, StatementParagraphs.Read(doc, null));
            }

            // A government's release that mostly speaks for itself and reports an agency's action in passing ("the Department
            // of Justice is announcing criminal charges …") is still its own statement. A readout is not: what it reports
            // is what its principal said.
            if (readout || !government || ReportedShare(doc, spoken) >= OwnVoiceBelow)
            {
                return (ArticleKind.News, spoken);
            }
        }

        Person? person = null;
        if (author is not null)
        {
            person = registry.Find(author.Text, int.MaxValue) ?? registry.Register(author.Text, int.MaxValue);
            person.Describe(author.Title, author.Organization, author.Country, author.Female);
            // A "statement" that reports what somebody else said is a readout: keep it as news. A speech delivered at an
            // event ("… at the General Debate", "… before the Security Council") stays a speech however many people it cites.
            var others = spoken.Count(q => q.Kind == QuoteKind.Indirect && q.Speaker is not null && q.Speaker != person.Name && registry.Find(q.Speaker, int.MaxValue) is not null);
            if (others >= 2 && !DeliveredAtEvent().IsMatch(title))
            {
                return (ArticleKind.News, spoken);
            }
        }

        var quotes = StatementParagraphs.Read(doc, person?.Name);
        if (person is null)
        {
            quotes = InstitutionalVoices.Attribute(doc, title, registry, quotes);
        }

        // Words the author quotes from someone else ("as Secretary-General Guterres has rightly said, we must …") are that person's.
        if (person is not null)
        {
            var cited = CitedWords.Find(doc, registry, person.Name);
            quotes.AddRange(cited);
            spoken = spoken.Where(q => !cited.Any(c => q.Start < c.End && c.Start < q.End)).ToList();
        }

        // A quotation in a speech that no words hand to anyone is the author's own title or theme, not the last person named.
        quotes.AddRange(spoken.Where(q => q.Speaker is not null && q.Speaker != person?.Name && !IsDescriptionOf(q.Speaker) &&
                                          (q.Kind == QuoteKind.Direct && (q.Cue is not null || person is null || IntroducedQuotation.IsIntroduced(doc.Text, q.Start)) ||
                                           (person is not null && registry.Find(q.Speaker, int.MaxValue)?.Tokens.Length >= 2 &&
                                                                           IsSpokenCue(q.Cue)))));
        return (ArticleKind.Statement, quotes);
    }

    /// <summary>
    /// A release of several statements, each under its own byline paragraph ("Statement by White House Press Secretary
    /// Jen Psaki:"): the paragraphs up to the next byline are that person's words. Null when the document has no such byline.
    /// </summary>
    private static List<ExtractedQuote>? ReadBylineSections(ParsedDocument doc, PersonRegistry registry, SpeechExtractor speech)
    {
        var headings = new List<(int Paragraph, Person Person)>();
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            if (StatementAuthor.FromHeading(doc.Paragraphs[p].Of(doc.Text)) is { } author)
            {
                var person = registry.Find(author.Text, int.MaxValue) ?? registry.Register(author.Text, int.MaxValue);
                // The byline is the person's own heading, so its title replaces whatever a run-on page title suggested.
                if (author.Title is not null)
                {
                    (person.Title, person.Organization) = (author.Title, author.Organization);
                }

                person.Describe(author.Title, author.Organization, author.Country, author.Female);
                headings.Add((p, person));
            }
        }

        if (headings.Count == 0)
        {
            return null;
        }

        var quotes = new List<ExtractedQuote>();
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Paragraph : doc.Paragraphs.Count;
            quotes.AddRange(StatementParagraphs.Read(doc, headings[i].Person.Name, headings[i].Paragraph + 1, end));
        }

        var authors = headings.Select(h => h.Person.Name).ToHashSet(StringComparer.Ordinal);
        quotes.AddRange(speech.Extract().Where(q => q.Kind == QuoteKind.Direct && q.Speaker is not null && !authors.Contains(q.Speaker) && !IsDescriptionOf(q.Speaker)));
        return quotes;
    }

    // Below this share of its text in reported speech, a government's page speaks in its own voice: a release that
    // mentions two agency actions reports about 3 %, a Kremlin news item retelling the President's message nearly all.
    private const double OwnVoiceBelow = 0.25;

    private static double ReportedShare(ParsedDocument doc, List<ExtractedQuote> spoken)
    {
        var body = doc.Paragraphs.Sum(p => p.Length);
        return body == 0 ? 0 : (double)spoken.Sum(q => q.End - q.Start) / body;
    }

    /// <summary>
    /// A verb said by one named person: not an opinion ("Member States believe …") and not a bare form, which in a speech is a
    /// noun or a plural subject's verb ("President Putin's call to form a coalition … is more relevant than ever").
    /// </summary>
    private static bool IsSpokenCue(string? cue)
    {
        var verb = cue?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return verb is not null && !Belief().IsMatch(verb) &&
               !(Lexicons.ReportingVerbs.TryGetValue(verb, out var lemma) && string.Equals(lemma, verb, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Cues of opinion rather than speech ("Member States believe …"): not someone's words.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:believ|think|thought|hop|feel|felt|fear|expect|want|know|knew)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Belief();

    [System.Text.RegularExpressions.GeneratedRegex(@"^Readout\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Readout();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:at|before)\s+the\s+(?:\d+\w*\s+)?[A-Z]")]
    private static partial System.Text.RegularExpressions.Regex DeliveredAtEvent();

    /// <summary>A quote's words as the file has them, even where two-apostrophe quotation marks were read as double marks.</summary>
    private static string Verbatim(string original, string read, ExtractedQuote quote) =>
        ReferenceEquals(original, read) || quote.End > read.Length || read[quote.Start..quote.End] != quote.Text ? quote.Text : original[quote.Start..quote.End];

    private static bool IsDescriptionOf(string speaker) => speaker.Length > 0 && char.IsLower(speaker[0]);

    private static List<ExtractedSpeaker> Speakers(PersonRegistry registry, List<ExtractedQuote> quotes, string? sourceCountry)
    {
        var names = quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).ToHashSet(StringComparer.Ordinal);
        return registry.People
            .Where(p => names.Contains(p.Name))
            .OrderBy(p => quotes.FindIndex(q => q.Speaker == p.Name))
            .Select(p => SpeakerDetails.Of(p, sourceCountry))
            .ToList();
    }

    /// <summary>The country of a dateline ("WASHINGTON", "Munich, Germany"), which speakers without other evidence most likely serve.</summary>
    private static string? PlaceCountry(string? place)
    {
        if (place is null)
        {
            return null;
        }

        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Reverse().Select(p => Lexicons.Countries.Normalize(p)).FirstOrDefault(c => c is not null);
    }

    private static string? SourceCountry(DocumentHeader header)
    {
        var source = header.FullSource ?? header.Source;
        if (source is null)
        {
            return null;
        }

        foreach (var (publisher, country) in Lexicons.SourceCountries)
        {
            if (source.StartsWith(publisher, StringComparison.OrdinalIgnoreCase))
            {
                return country;
            }
        }

        // "Government of the Netherlands – Ministry of Justice and Security": any government that names itself.
        return GovernmentOf().Match(source) is { Success: true } m ? Lexicons.Countries.Normalize(m.Groups["country"].Value.Trim()) : null;
    }

    /// <summary>
    /// The home country of a national news outlet named in the source line or the byline at the top ("By …, BBC News",
    /// "NHK WORLD-JAPAN — Mar. 12, 2025").
    /// </summary>
    private static string? OutletCountry(DocumentHeader header, string text)
    {
        var top = (header.FullSource ?? header.Source ?? "") + "\n" + text[..Math.Min(text.Length, 600)];
        foreach (var (outlet, country) in Lexicons.OutletCountries)
        {
            var at = top.IndexOf(outlet, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(top[at - 1])) && (at + outlet.Length == top.Length || !char.IsLetter(top[at + outlet.Length])))
            {
                return country;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:The\s+)?Government\s+of\s+(?:the\s+)?(?<country>[A-Z][\p{L} ]+?)\s*(?:[–—,(-]|$)")]
    private static partial System.Text.RegularExpressions.Regex GovernmentOf();
}
