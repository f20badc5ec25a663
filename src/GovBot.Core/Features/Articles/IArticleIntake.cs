using GovBot.Core.Analysis;
using GovBot.Core.Domain;

namespace GovBot.Core.Features.Articles;

/// <summary>Reads a document a moderator supplies, shows what would be stored, and stores it on confirmation.</summary>
public interface IArticleIntake
{
    IntakePreview Preview(string fileName, byte[] bytes, Uri? url);

    /// <summary>Stores the document; returns the article id.</summary>
    long Commit(string documentKey, string fileName, byte[] bytes, Uri? url);
}

public sealed record IntakePreview(ArticleAnalysis? Analysis, Article? Duplicate, string? Problem)
{
    /// <summary>Readable, but the moderator should know something before confirming (for example invalid UTF-8).</summary>
    public string? Warning { get; init; }
}
