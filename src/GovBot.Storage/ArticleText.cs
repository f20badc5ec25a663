namespace GovBot.Storage;

public sealed class ArticleText
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
}
