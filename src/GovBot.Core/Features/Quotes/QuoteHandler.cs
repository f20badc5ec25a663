using GovBot.Core.Commands;
using GovBot.Core.Domain;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Search;

namespace GovBot.Core.Features.Quotes;

/// <summary>Finds the statements that best match a topic, optionally from one speaker, ranked by relevance.</summary>
public sealed class QuoteHandler(IArticleStore store, IKnowledgeIndex index)
{
    public const int MaxQueryLength = 300;
    public const int MaxLimit = 10;

    /// <summary>
    /// How close in meaning a statement must be to be offered when no statement holds the words: below it the "closest"
    /// statements are merely the least unrelated ones (a made-up word scores about 0.18, "seabed wires" 0.22 against the
    /// undersea-cable statements). Lower than /ask's bars, since the reply says plainly that these are not keyword matches.
    /// </summary>
    public const double MeaningBar = 0.20;

    public CommandReply Handle(QuoteRequest request)
    {
        var query = (request.Query ?? "").Trim();
        var speakerText = (request.Speaker ?? "").Trim();
        if (query.Length == 0 && speakerText.Length == 0)
        {
            return CommandReply.Message(ReplyOutcome.InvalidInput, "What should I look for?",
                "Give me a topic (for example `arms race`), a speaker (for example `--speaker \"Long Zhou\"`), or both.");
        }

        var notes = new List<string>();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            notes.Add($"Your query was long, so I searched its first {MaxQueryLength} characters.");
        }

        Speaker? speaker = null;
        if (speakerText.Length > 0)
        {
            var pick = SpeakerPicker.Pick(index, speakerText);
            if (pick.Reply is not null)
            {
                return pick.Reply;
            }

            speaker = store.FindSpeaker(pick.SpeakerId!);
        }

        var limit = Math.Clamp(request.Limit, 1, MaxLimit);
        // A joint statement gives each leader the same paragraph, and identical paragraphs rank side by side: one hit more
        // than the page holds finds the twin of the last one shown, and when twins left the page short, more are read.
        var (hits, matched) = index.SearchStatementsCounted(query, speaker?.Id, limit + 1);
        if (hits.Count == 0)
        {
            return ClosestInMeaning(query, speaker, limit, notes) ?? NothingFound(query, speaker, notes);
        }

        var (fields, citations) = Fields(hits, limit);
        if (fields.Count < limit && hits.Count > limit)
        {
            (hits, matched) = index.SearchStatementsCounted(query, speaker?.Id, limit * 2);
            (fields, citations) = Fields(hits, limit);
        }
        var title = (query.Length, speaker) switch
        {
            (0, not null) => $"What {speaker.Name} said",
            (_, not null) => $"{speaker.Name} on “{ReplyText.Shorten(query, 80)}”",
            _ => $"Quotes on “{ReplyText.Shorten(query, 80)}”",
        };
        return new CommandReply(ReplyOutcome.Answered, title, notes, fields, citations, fields.Count)
        {
            Footer = Counted(fields.Count, Math.Max(matched, fields.Count), query, speaker),
        };
    }

    /// <summary>
    /// No statement holds the words, but some may say the same thing in other words ("seabed wires" for "undersea
    /// cables"): those are offered under a label that says they were found by meaning, not by the words asked.
    /// </summary>
    private CommandReply? ClosestInMeaning(string query, Speaker? speaker, int limit, List<string> notes)
    {
        // Everyday words ("crooks") are also compared in the record's terms ("criminals").
        if (!Search.QueryTerms.HasSearchableWords(query) ||
            SimilarReadings.Search(index, new StatementQuery(query, limit) { SpeakerId = speaker?.Id }, new[] { query, Text.PlainWords.Rewrite(query) }.OfType<string>().ToList()) is not { } similar)
        {
            return null;
        }

        var close = similar.Where(h => h.Score >= MeaningBar).Select(h => new ScoredHit(h.Id, h.Score)).ToList();
        if (close.Count == 0)
        {
            return null;
        }

        var (fields, citations) = Fields(close, limit);
        var by = speaker is null ? "" : $" by {speaker.Name}";
        var lines = new List<string>(notes)
        {
            $"No stored statement{by} contains the words “{ReplyText.Shorten(query, 80)}”. These are the closest in meaning, found by sense rather than by your words.",
        };
        return new CommandReply(ReplyOutcome.Answered, $"Closest in meaning to “{ReplyText.Shorten(query, 80)}”", lines, fields, citations, fields.Count)
        {
            Footer = $"{fields.Count} closest in meaning{by}; no statement matches the words",
        };
    }

    /// <summary>
    /// Up to <paramref name="limit"/> fields, one per passage: a joint statement's paragraph, stored once for each leader who
    /// issued it, is shown once under all their names.
    /// </summary>
    private (List<ReplyField> Fields, List<Citation> Citations) Fields(IReadOnlyList<ScoredHit> hits, int limit)
    {
        var fields = new List<ReplyField>();
        var citations = new List<Citation>();
        var articles = new Dictionary<long, Article?>();
        var profiles = new Dictionary<string, Speaker?>(StringComparer.Ordinal);
        var shown = new Dictionary<(long Article, string Text), (int Field, List<string> Speakers)>();
        Speaker? ProfileOf(Statement statement)
        {
            Speaker? profile = null;
            if (statement.SpeakerId is { } sid && !profiles.TryGetValue(sid, out profile))
            {
                profile = store.FindSpeaker(sid);
                profiles[sid] = profile;
            }

            return profile;
        }

        foreach (var hit in hits)
        {
            var statement = store.FindStatement(hit.Id);
            if (statement is null)
            {
                continue;
            }

            if (shown.TryGetValue((statement.ArticleId, statement.Text), out var joint))
            {
                var name = ProfileOf(statement)?.Name ?? statement.SpeakerLabel;
                if (!joint.Speakers.Contains(name))
                {
                    joint.Speakers.Add(name);
                    fields[joint.Field] = fields[joint.Field] with { Name = $"{string.Join(" and ", joint.Speakers)}, jointly" };
                }

                continue;
            }

            if (fields.Count == limit)
            {
                continue;
            }

            if (!articles.TryGetValue(statement.ArticleId, out var article))
            {
                article = store.FindArticle(statement.ArticleId);
                articles[statement.ArticleId] = article;
            }

            if (article is null)
            {
                continue;
            }

            var profile = ProfileOf(statement);
            var citation = ReplyText.CitationOf(article);
            // The first leader keeps the full speaker line; only a twin found later turns it into the joint names.
            shown[(statement.ArticleId, statement.Text)] = (fields.Count, [profile?.Name ?? statement.SpeakerLabel]);
            fields.Add(new ReplyField(
                ReplyText.SpeakerLine(statement.SpeakerLabel, profile),
                $"{ReplyText.Said(statement)}\n— {ReplyText.Citation(article)} · statement {statement.Id}") { Source = citation });
            if (!citations.Contains(citation))
            {
                citations.Add(citation);
            }
        }

        return (fields, citations);
    }

    /// <summary>"5 best of 212 statements by Long Zhou matching “cyber”": what the query and filter matched, not the whole store.</summary>
    private static string Counted(int shown, int matched, string query, Speaker? speaker)
    {
        var what = matched == 1 ? "statement" : "statements";
        var by = speaker is null ? "" : $" by {speaker.Name}";
        var matching = query.Length == 0 ? "" : $" matching “{ReplyText.Shorten(query, 60)}”";
        return shown == matched ? $"{shown} {what}{by}{matching}" : $"{shown} best of {matched} {what}{by}{matching}";
    }

    private CommandReply NothingFound(string query, Speaker? speaker, List<string> notes)
    {
        var lines = new List<string>(notes);
        if (Search.QueryTerms.HasSearchableWords(query) || speaker is not null)
        {
            lines.Add(speaker is null
                ? $"No stored statement matches “{ReplyText.Shorten(query, 80)}”."
                : $"No stored statement by {speaker.Name} matches “{ReplyText.Shorten(query, 80)}”.");
            var suggestions = index.SuggestTerms(query, 5);
            if (suggestions.Count > 0)
            {
                lines.Add("Did you mean: " + string.Join(", ", suggestions) + "?");
            }

            return new CommandReply(ReplyOutcome.NothingFound, "Nothing found", lines, [], [], 0);
        }

        lines.Add($"“{ReplyText.Shorten(query, 80)}” has no words I can search for. Try a topic such as `ransomware` or `arms race`.");
        return new CommandReply(ReplyOutcome.InvalidInput, "Nothing to search for", lines, [], [], 0);
    }
}
