namespace GovBot.FakeDiscord.Rest;

/// <summary>Finds the route for a method and path; earlier routes win, so literal segments such as <c>@original</c>
/// are listed before the <c>{message}</c> routes they would otherwise fall into.</summary>
internal sealed class RestRouter(IReadOnlyList<RestRoute> routes)
{
    public RouteMatch Match(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        RestRoute? otherMethod = null;
        foreach (var route in routes)
        {
            if (!route.Matches(segments, out var values))
            {
                continue;
            }

            if (route.Method == method)
            {
                return new RouteMatch(route, values, MethodAllowed: true);
            }

            otherMethod ??= route;
        }

        return new RouteMatch(otherMethod, new Dictionary<string, string>(), MethodAllowed: false);
    }
}

/// <summary>The route found (null when no route has this path; with <see cref="MethodAllowed"/> false when the path
/// exists for another method).</summary>
internal sealed record RouteMatch(RestRoute? Route, IReadOnlyDictionary<string, string> Values, bool MethodAllowed);
