using GovBot.Core.Analysis;
using GovBot.Core.Domain;
using GovBot.Core.Features.Articles;

namespace GovBot.Ingestion.Import;

public sealed class ArticleIntake(IArticleStore store, IArticleAnalyzer analyzer, ArticleImporter importer) : IArticleIntake
{
    public IntakePreview Preview(string fileName, byte[] bytes, Uri? url)
    {
        if (bytes.Length > DocumentFiles.MaxBytes)
        {
            return new IntakePreview(null, null, "the document is larger than 5 MB");
        }

        var check = ContentCheck.Of(bytes);
        if (check.Refusal is not null)
        {
            return new IntakePreview(null, null, $"the document is {check.Refusal}");
        }

        string text;
        try
        {
            text = Text(fileName, bytes, url);
        }
        catch (UnreadableDocumentException ex)
        {
            return new IntakePreview(null, null, ex.Message);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntakePreview(null, null, "the document has no text");
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ToStored(fileName, bytes, url)));
        var duplicate = store.FindArticleByHash(hash)
                        ?? (url is null ? null : store.AllArticleHeaders().FirstOrDefault(a => a.Url == url.ToString()));
        return new IntakePreview(analyzer.Analyze(text, fileName), duplicate, null) { Warning = check.Warning };
    }

    public long Commit(string documentKey, string fileName, byte[] bytes, Uri? url)
    {
        var result = importer.ImportBytes(documentKey, Path.ChangeExtension(fileName, IsHtml(fileName) && url is not null ? ".txt" : Path.GetExtension(fileName)), ToStored(fileName, bytes, url));
        return result.ArticleId ?? throw new InvalidOperationException(result.Message ?? "the article could not be stored");
    }

    /// <summary>Web pages are stored as the text Readability made of them, so the stored text is what was previewed.</summary>
    private static byte[] ToStored(string fileName, byte[] bytes, Uri? url) =>
        IsHtml(fileName) && url is not null ? System.Text.Encoding.UTF8.GetBytes(Text(fileName, bytes, url)) : bytes;

    private static string Text(string fileName, byte[] bytes, Uri? url) =>
        IsHtml(fileName) && url is not null ? DocumentFiles.WebPageToText(DocumentFiles.Decode(bytes), url) : DocumentFiles.ReadText(fileName, bytes);

    private static bool IsHtml(string fileName) => Path.GetExtension(fileName) is ".html" or ".htm";
}
