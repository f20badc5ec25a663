using System.Text.Json.Nodes;

namespace GovBot.FakeDiscord;

/// <summary>One interaction callback as the fake judged it: the body, the HTTP status it answered (204/200 accepted,
/// 404 late or unknown, 400 second or invalid), and how long after delivery it arrived.</summary>
public sealed record CallbackAttempt(JsonObject Body, int Status, TimeSpan? Delay);
