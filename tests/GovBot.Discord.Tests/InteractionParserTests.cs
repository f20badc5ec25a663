using System.Text.Json;
using GovBot.Discord.Interactions;

namespace GovBot.Discord.Tests;

public sealed class InteractionParserTests
{
    [Fact]
    public void Nested_options_flatten_and_the_focused_one_is_known()
    {
        const string json = """
        {"id":"900000000000000001","application_id":"100","type":4,"token":"tok","guild_id":"1","channel_id":"2",
         "member":{"user":{"id":"42"},"permissions":"2147483647"},
         "data":{"name":"quote","type":1,"options":[{"name":"get","type":1,"options":[
           {"name":"query","type":3,"value":"arms"},{"name":"speaker","type":3,"value":"lon","focused":true},{"name":"limit","type":4,"value":5}]}]}}
        """;
        var interaction = InteractionParser.Parse(JsonDocument.Parse(json).RootElement);
        Assert.Equal(InteractionKind.Autocomplete, interaction.Kind);
        Assert.Equal("speaker", interaction.FocusedOption);
        Assert.Equal("arms", interaction.Options["query"]);
        Assert.Equal("5", interaction.Options["limit"]);
        Assert.Equal("42", interaction.UserId);
    }

    [Fact]
    public void A_direct_message_interaction_has_a_user_and_no_guild()
    {
        const string json = """{"id":"9","application_id":"100","type":2,"token":"t","user":{"id":"77"},"data":{"name":"help","type":1}}""";
        var interaction = InteractionParser.Parse(JsonDocument.Parse(json).RootElement);
        Assert.Null(interaction.GuildId);
        Assert.Equal("77", interaction.UserId);
        Assert.Empty(interaction.Options);
    }
}
