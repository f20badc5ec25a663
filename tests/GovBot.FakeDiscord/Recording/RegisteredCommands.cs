using System.Text.Json;

namespace GovBot.FakeDiscord;

/// <summary>One accepted bulk overwrite of application commands. <see cref="GuildId"/> is null for the global list;
/// <see cref="Commands"/> is the JSON array exactly as the client sent it.</summary>
public sealed record RegisteredCommands(string? GuildId, JsonElement Commands, DateTimeOffset ReceivedAt);
