namespace GovBot.Core.Domain;

/// <summary>An imported document with its metadata and the analysis that produced its statements.</summary>
public sealed class Article
{
    public long Id { get; set; }

    /// <summary>Stable key of the source: the file path relative to the import root, or a URL.</summary>
    public string Document { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Source { get; set; }

    /// <summary>Partial ISO date: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    public string? Url { get; set; }
    public string? Licence { get; set; }
    public string? Place { get; set; }

    /// <summary>The government that publishes through the source, for statements without a named speaker.</summary>
    public string? SourceCountry { get; set; }
    public ArticleKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public string Text { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTime ImportedUtc { get; set; }
    public int ExtractorVersion { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<ArticleSpeaker> Speakers { get; set; } = [];
    public List<string> SpeakerIds { get; set; } = [];
}
