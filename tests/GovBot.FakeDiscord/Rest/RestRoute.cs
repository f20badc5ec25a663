namespace GovBot.FakeDiscord.Rest;

/// <summary>One REST route: method, template (<c>{name}</c> segments capture values), whether it needs
/// <c>Authorization: Bot …</c>, and which route value is its rate-limit "major parameter".</summary>
internal sealed class RestRoute(string method, string template, bool botAuth, string? majorParameter, Func<RestRequest, RestResponse> handle)
{
    private readonly string[] _segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public string Method { get; } = method;

    public string Template { get; } = template;

    public bool BotAuth { get; } = botAuth;

    public Func<RestRequest, RestResponse> Handle { get; } = handle;

    public string MajorValue(IReadOnlyDictionary<string, string> values) =>
        majorParameter is not null && values.TryGetValue(majorParameter, out var value) ? value : "";

    public bool Matches(string[] path, out Dictionary<string, string> values)
    {
        values = [];
        if (path.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            var segment = _segments[i];
            if (segment.StartsWith('{'))
            {
                values[segment[1..^1]] = path[i];
            }
            else if (!string.Equals(segment, path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
