namespace GovBot.Core.Analysis;

/// <summary>A pure, deterministic function from a document's text to its analysis.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Bumped whenever the output for the same text can change, so stored articles are re-analysed.</summary>
    int Version { get; }

    ArticleAnalysis Analyze(string text, string? fileName = null);
}
