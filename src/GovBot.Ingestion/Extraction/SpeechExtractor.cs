using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Ingestion.Extraction.Patterns;
using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Extraction;

/// <summary>
/// Direct and reported speech in running text, attributed in reading order so that pronouns, surnames and
/// descriptions resolve to the person the reader would think of.
/// </summary>
internal sealed partial class SpeechExtractor
{
    private const int MinQuoteWords = 4;
    private const int MinIndirectWords = 3;
    private const int MinAccountWords = 2;
    private const int MaxSentenceTokens = 400;

    private readonly ParsedDocument doc;
    private readonly PersonRegistry registry;
    private readonly SpeakerState state = new();
    private readonly Attributor attributor;
    private readonly List<List<Token>> tokens;

    public SpeechExtractor(ParsedDocument doc, PersonRegistry registry)
    {
        this.doc = doc;
        this.registry = registry;
        attributor = new Attributor(registry, state, IsPlausibleName, IsWrittenAsSurname, SameSentence, doc.Text);
        tokens = doc.Paragraphs.Select(p => Tokenizer.Tokenize(doc.Text, p.Start, p.End)).ToList();
    }

    private bool prepared;
    private string? body;
    private readonly Dictionary<string, bool> plausibility = new(StringComparer.Ordinal);

    /// <summary>Registers the people the title and body name with their roles, before any attribution.</summary>
    public void Prepare(string title)
    {
        if (prepared)
        {
            return;
        }

        prepared = true;
        var at = title.Length > 0 ? doc.Text.IndexOf(title, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            RegisterPeople(Tokenizer.Tokenize(doc.Text, at, at + title.Length));
        }

        foreach (var paragraph in tokens)
        {
            RegisterPeople(paragraph);
        }

        MarkWordsUsedAloneFirst();
    }

    public List<ExtractedQuote> Extract(IReadOnlySet<int>? skipParagraphs = null)
    {
        Prepare("");
        var quotes = QuoteMarks.Find(doc).Where(q => skipParagraphs?.Contains(q.Paragraph) != true).Where(IsStatement).ToList();
        var results = new List<ExtractedQuote>();
        var blocks = new HashSet<int>();
        for (var p = 0; p < doc.Paragraphs.Count; p++)
        {
            var inParagraph = quotes.Where(q => q.Paragraph == p).ToList();
            if (skipParagraphs?.Contains(p) == true)
            {
                continue;
            }

            foreach (var quote in inParagraph)
            {
                AttributeDirect(quote, p, inParagraph, quotes);
            }

            foreach (var sentence in SentenceSplitter.Split(doc.Text, doc.Paragraphs[p]))
            {
                var quoted = inParagraph.Where(q => q.Marks.Overlaps(sentence)).ToList();
                if (quoted.Count == 0 && BlockQuoteStatement(sentence, p, skipParagraphs) is { } block)
                {
                    // "Vorn wrote:" and a paragraph of unquoted words: that paragraph is the statement, read once.
                    results.Add(block);
                    blocks.Add(p + 1);
                }
                else if (quoted.Count == 0 && !blocks.Contains(p))
                {
                    var reported = FindIndirect(sentence, p, null, sentence.Start);
                    results.AddRange(reported);
                    if (NamedAskerQuestion(sentence, p, reported) is { } question)
                    {
                        results.Add(question);
                    }
                    else if (reported.Count == 0 && PlainSubjectStatement(sentence, p) is { } plain)
                    {
                        results.Add(plain);
                    }
                    else if (reported.Count == 0 && BareCueStatement(sentence, p) is { } bare)
                    {
                        results.Add(bare);
                    }
                }
                else if (quoted.Count > 0)
                {
                    var found = new List<ExtractedQuote>();
                    if (quoted[^1].Speaker is { } speaker && quoted[^1].Marks.End < sentence.End)
                    {
                        // "“…,” she said, adding that …": reported speech after a quote continues its speaker.
                        found.AddRange(FindIndirect(sentence, p, speaker, quoted[^1].Marks.End));
                    }

                    // "Ortiz says the council is hiding … She says voters need “…”": the reported clause around or
                    // beside a quotation is speech too; cues inside the quotation are the quoted person's words, not ours.
                    foreach (var r in FindIndirect(sentence, p, null, sentence.Start, quoted))
                    {
                        if (!found.Any(f => f.Start < r.End && r.Start < f.End))
                        {
                            found.Add(r);
                        }
                    }

                    results.AddRange(found);
                    if (NamedAskerQuestion(sentence, p, found) is { } question)
                    {
                        results.Add(question);
                    }
                }
            }
        }

        // A multi-paragraph quotation speaks with one voice: fill gaps from any attributed part of its group.
        foreach (var group in quotes.GroupBy(q => q.Group))
        {
            var known = group.FirstOrDefault(q => q.Speaker is not null);
            foreach (var q in group.Where(q => q.Speaker is null && known is not null))
            {
                q.Speaker = known!.Speaker;
                q.Cue = known.Cue;
            }
        }

        // A short quotation is kept for the cue beside it; when that cue named no one, it is a phrase, not a statement.
        results.AddRange(quotes.Where(q => q.Speaker is not null || WordCount(q.Content.Of(doc.Text)) >= MinQuoteWords).Select(q => new ExtractedQuote(q.Content.Of(doc.Text), q.Speaker, QuoteKind.Direct, q.Content.Start, q.Content.End, q.Cue)));

        if (skipParagraphs is null && HeadlineStatement(results) is { } headline)
        {
            results.Add(headline);
        }

        results.AddRange(LiveBlogStatements(results).ToList());

        return WithoutSilencedBodies(results).OrderBy(r => r.Start).ToList();
    }

    private bool IsStatement(QuoteSpan quote)
    {
        var content = quote.Content.Of(doc.Text);
        var words = WordCount(content);
        if (words < MinQuoteWords && (words == 0 || !ShortQuote.HasAdjacentCue(doc.Text, quote.Marks, quote.Content, doc.Paragraphs[quote.Paragraph])))
        {
            return false;
        }

        // A short lower-case phrase inside a clause ("the mistake of "develop first and disarm later"") is a mention, not speech.
        var para = doc.Paragraphs[quote.Paragraph];
        var before = quote.Marks.Start - 1;
        while (before >= para.Start && doc.Text[before] == ' ')
        {
            before--;
        }

        var embedded = before >= para.Start && char.IsLetter(doc.Text[before]) && !EndsWithCue(para.Start, before + 1);
        var sentenceLike = char.IsUpper(content[0]) || content.EndsWith('.') || content.EndsWith('?') || content.EndsWith('!');
        if (embedded && words < 8 && !sentenceLike)
        {
            return false;
        }

        // Titles of reports and events are capitalised word runs without a verb-like lower-case word.
        var lowerWords = content.Split(' ').Count(w => w.Length > 3 && char.IsLower(w[0]));
        return !(embedded && lowerWords == 0 && words < 10);
    }

    private static int WordCount(string content) => content.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private bool EndsWithCue(int floor, int end)
    {
        var start = Math.Max(floor, end - 30);
        var tail = doc.Text[start..end].TrimEnd();
        var last = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return Vocabulary.IsReportingVerb(last) || last is "that" or "as";
    }

    /// <summary>
    /// The first and last tokens of a sentence of paragraph <paramref name="p"/>, or null when they lie fewer than
    /// <paramref name="minSpan"/> tokens apart or the "sentence" is too long to be prose (a table, a broken scrape).
    /// </summary>
    private (int First, int Last)? SentenceTokens(TextSpan sentence, int p, int minSpan)
    {
        var toks = tokens[p];
        var first = TokenIndex.AtOrAfter(toks, sentence.Start);
        var last = TokenIndex.LastEndingBy(toks, sentence.End);
        return first < 0 || last - first < minSpan || last - first > MaxSentenceTokens ? null : (first, last);
    }

    private int ParagraphEnd(int p) => doc.Paragraphs[Math.Min(p, doc.Paragraphs.Count - 1)].End;
}
