namespace GovBot.FakeDiscord;

/// <summary>One REST request as the fake received it. <see cref="Path"/> has no <c>/api/v10</c> prefix
/// (e.g. <c>/gateway/bot</c>); <see cref="Query"/> is the query string without its leading <c>?</c>.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(
        string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    public string Method { get; }

    public string Path { get; }

    public string Query { get; }

    /// <summary>Case-insensitive; repeated headers are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The status the fake answered with; 0 while the request is still being handled.</summary>
    public int Status { get; internal set; }

    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {Status}";
}
