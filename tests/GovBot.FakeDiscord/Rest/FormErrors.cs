using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord.Rest;

/// <summary>Builds the <c>errors</c> tree of a 50035 answer: nested by field path, each leaf
/// <c>{"_errors":[{code, message}]}</c>.</summary>
internal sealed class FormErrors
{
    private readonly JsonObject _root = [];

    public bool Any => _root.Count > 0;

    public FormErrors Add(IEnumerable<string> path, string code, string message)
    {
        var node = _root;
        foreach (var segment in path)
        {
            if (node[segment] is not JsonObject child)
            {
                child = [];
                node[segment] = child;
            }

            node = child;
        }

        if (node["_errors"] is not JsonArray errors)
        {
            errors = [];
            node["_errors"] = errors;
        }

        errors.Add(new JsonObject { ["code"] = code, ["message"] = message });
        return this;
    }

    public JsonObject ToJson() => _root;
}
