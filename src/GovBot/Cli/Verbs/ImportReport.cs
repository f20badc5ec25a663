using System.Globalization;
using GovBot.Ingestion.Import;

namespace GovBot.Cli.Verbs;

/// <summary>
/// What `GovBot import` prints: one line per file (what happened, the article's number, title, date, speakers and
/// statement count, or why the file was skipped or refused), then the totals.
/// </summary>
internal static class ImportReport
{
    private const int MaxSpeakers = 4;

    public static string Line(ImportResult result)
    {
        var id = result.ArticleId is { } n ? $" #{n}" : "";
        var detail = result.Outcome switch
        {
            ImportOutcome.Duplicate when result.Article is { } twin => $"{result.Message}: {Describe(twin)}",
            _ when result.Article is { } article => Describe(article),
            _ => result.Message,
        };
        var warning = result.Warning is null ? "" : $" · warning: {result.Warning}";
        return $"{Word(result.Outcome),-9} {result.Document}{id}{(detail is null ? "" : $" — {detail}")}{warning}";
    }

    public static string Totals(IReadOnlyList<ImportResult> results)
    {
        var counts = results.GroupBy(r => r.Outcome).ToDictionary(g => g.Key, g => g.Count());
        int Count(ImportOutcome outcome) => counts.GetValueOrDefault(outcome);
        var warned = results.Count(r => r.Warning is not null);
        return $"{Count(ImportOutcome.Added)} added, {Count(ImportOutcome.Updated)} updated, {Count(ImportOutcome.Unchanged)} unchanged, " +
               $"{Count(ImportOutcome.Duplicate)} duplicates, {Count(ImportOutcome.Skipped)} skipped, {Count(ImportOutcome.Refused)} refused, " +
               $"{Count(ImportOutcome.Failed)} failed{(warned == 0 ? "" : $" ({warned} with warnings)")}";
    }

    /// <summary>3 when a file could not be read at all, 2 when one was refused as bad input, else 0 (skipped entries are not errors).</summary>
    public static int ExitCode(IReadOnlyList<ImportResult> results) =>
        results.Any(r => r.Outcome == ImportOutcome.Failed) ? ExitCodes.Failure
        : results.Any(r => r.Outcome == ImportOutcome.Refused) ? ExitCodes.Usage
        : ExitCodes.Ok;

    private static string Word(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Duplicate => "duplicate",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static string Describe(ImportedArticle article)
    {
        var speakers = article.Speakers.Count == 0 ? "no named speakers"
            : string.Join(", ", article.Speakers.Take(MaxSpeakers)) + (article.Speakers.Count > MaxSpeakers ? $" and {article.Speakers.Count - MaxSpeakers} more" : "");
        var statements = article.Statements.ToString(CultureInfo.InvariantCulture) + (article.Statements == 1 ? " statement" : " statements");
        return $"“{article.Title}” · {article.Date ?? "undated"} · {speakers} · {statements}";
    }
}
