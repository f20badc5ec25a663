using GovBot.Core.Domain;

namespace GovBot.Core.Features;

/// <summary>Shared wording for speakers and quotes, so every command describes them the same way.</summary>
public static class ReplyText
{
    public const int MaxQuoteChars = 600;

    public static string SpeakerLine(string label, Speaker? profile)
    {
        if (profile is null)
        {
            return label;
        }

        var role = LatestRole(profile);
        var parts = new List<string>();
        if (role?.Title is { Length: > 0 } title)
        {
            parts.Add(title);
        }

        if (role?.Organization is { Length: > 0 } org)
        {
            parts.Add(org);
        }

        var line = parts.Count > 0 ? $"{profile.Name}, {string.Join(", ", parts)}" : profile.Name;
        var country = role?.Country ?? profile.Country;
        return country is null ? line : $"{line} ({country})";
    }

    public static SpeakerRole? LatestRole(Speaker profile) =>
        profile.Roles.OrderBy(r => r.LastSeen ?? "", StringComparer.Ordinal).LastOrDefault(r => r.Title is not null) ?? profile.Roles.LastOrDefault();

    public static string Quote(string text, int max = MaxQuoteChars) => $"“{Shorten(Text.StatementText.Clean(text), max)}”";

    /// <summary>The label of reported speech: what the source says was said, in its words, not the speaker's.</summary>
    public const string ReportedLabel = "(reported)";

    /// <summary>
    /// A statement as shown everywhere: direct speech verbatim inside quotation marks; reported speech never inside them,
    /// labelled so nobody mistakes the source's paraphrase for the speaker's words.
    /// </summary>
    public static string Said(Statement statement, int max = MaxQuoteChars) => Said(statement.Text, statement.Kind, max);

    public static string Said(string text, QuoteKind kind, int max = MaxQuoteChars) =>
        kind == QuoteKind.Direct ? Quote(text, max) : $"{ReportedLabel} {Shorten(Text.StatementText.Clean(text), max)}";

    /// <summary>Cuts on a word boundary and marks the cut, so a shortened quote never ends mid-word.</summary>
    /// <summary>What a lookup of a removed article's number says: numbers are never given to another article.</summary>
    public static Commands.CommandReply RemovedArticle(long id) => Commands.CommandReply.Message(Commands.ReplyOutcome.NothingFound,
        "Article removed", $"Article #{id} was removed from the store by a moderator. Its number is not given to any other article.");

    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    public static string Citation(Article article) =>
        string.Join(", ", new[] { article.Title, article.Source, article.Date }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static Commands.Citation CitationOf(Article article) => new(article.Title, article.Source, article.Date, article.Url);
}
