namespace GovBot.Core.Features.Articles;

/// <summary>Fetches a document a moderator points at, refusing anything but public http(s) addresses.</summary>
public interface IDocumentFetcher
{
    Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct);
}

/// <summary>The fetched bytes with a file name whose extension says how to read them, or why nothing was fetched.</summary>
public sealed record FetchedDocument(byte[]? Bytes, string FileName, string? Refusal)
{
    public bool Ok => Bytes is not null && Refusal is null;

    public static FetchedDocument Refused(string reason) => new(null, "", reason);
}
