namespace GovBot.Storage.Numbering;

/// <summary>
/// The number a document was given, kept after the article is removed so that the number is never given to
/// another document and a lookup of it can say it was removed. A document added again gets its number back.
/// </summary>
public sealed class ArticleNumber
{
    public long Id { get; set; }
    public string Document { get; set; } = "";
    public bool Removed { get; set; }
}
