namespace GovBot.Core.Domain;

public enum ArticleKind
{
    News,
    Transcript,
    Statement,
}
