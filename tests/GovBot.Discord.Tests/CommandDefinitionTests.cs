using System.Text.Json.Nodes;
using GovBot.Core.Commands;
using GovBot.Core.Features.Help;
using GovBot.Discord.Interactions;

namespace GovBot.Discord.Tests;

public sealed class CommandDefinitionTests
{
    /// <summary>The definitions the bot registers, taken from the command classes themselves.</summary>
    public static TheoryData<string> Definitions() => new(CommandCatalog.All().Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Every_shipped_definition_follows_Discord_s_rules(string name)
    {
        var definition = CommandCatalog.All().Single(d => d.Name == name);
        Assert.Empty(CommandJson.Problems(definition));
    }

    [Fact]
    public void The_payload_has_the_shape_Discord_expects()
    {
        var payload = CommandJson.Build(CommandCatalog.All(), global: true);
        Assert.Equal(["article", "ask", "audit", "curate", "help", "quote", "speaker", "stats", "summary"], payload.Select(c => c!["name"]!.GetValue<string>()).Order());
        foreach (var command in payload.Select(c => c!.AsObject()))
        {
            Assert.Equal(1, command["type"]!.GetValue<int>());
            var permissions = command["default_member_permissions"];
            Assert.True(permissions is null || permissions.GetValueKind() == System.Text.Json.JsonValueKind.String);
            var moderatorOnly = command["name"]!.GetValue<string>() is "stats" or "article" or "audit" or "curate";
            Assert.Equal(moderatorOnly ? "32" : null, permissions?.GetValue<string>());
            Assert.Equal(moderatorOnly ? [0] : [0, 1, 2], command["contexts"]!.AsArray().Select(c => c!.GetValue<int>()));
        }

        var quote = payload.Single(c => c!["name"]!.GetValue<string>() == "quote")!;
        var speaker = quote["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "speaker")!;
        Assert.True(speaker["autocomplete"]!.GetValue<bool>());
    }

    [Fact]
    public void Guild_member_commands_leave_out_the_global_only_fields()
    {
        var payload = CommandJson.Build([new HelpCommand().Definition], global: false);
        Assert.Null(payload[0]!["contexts"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Moderator_commands_are_guild_only_wherever_they_are_registered(bool global)
    {
        var payload = CommandJson.Build(CommandCatalog.All().Where(d => d.ModeratorOnly), global);
        Assert.Equal(["article", "audit", "curate", "stats"], payload.Select(c => c!["name"]!.GetValue<string>()).Order());
        foreach (var command in payload.Select(c => c!.AsObject()))
        {
            Assert.Equal("32", command["default_member_permissions"]!.GetValue<string>());
            Assert.Equal([0], command["contexts"]!.AsArray().Select(c => c!.GetValue<int>()));
            Assert.Equal([0], command["integration_types"]!.AsArray().Select(c => c!.GetValue<int>()));
        }
    }

    [Fact]
    public void Broken_definitions_are_caught_before_Discord_sees_them()
    {
        var options = Enumerable.Range(0, 26).Select(i => new CommandOption($"o{i}", "x", CommandOptionType.String)).ToList();
        options.Add(new CommandOption("late", "required after optional", CommandOptionType.String, Required: true));
        var bad = new CommandDefinition("Bad Name", new string('d', 101), options);
        var problems = CommandJson.Problems(bad);
        Assert.Contains(problems, p => p.Contains("name “Bad Name”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("description must be 1–100", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("more than 25 options", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required option after an optional", StringComparison.Ordinal));
    }
}
