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
    public void An_attachment_option_becomes_its_download_address_name_and_size()
    {
        const string json = """
        {"id":"9","application_id":"100","type":2,"token":"t","guild_id":"1","member":{"user":{"id":"7"},"permissions":"32","roles":["555"]},
         "data":{"name":"article","type":1,"options":[{"name":"add","type":1,"options":[{"name":"file","type":11,"value":"321"}]}],
                 "resolved":{"attachments":{"321":{"id":"321","filename":"note.txt","size":120,"url":"https://cdn.discordapp.com/attachments/1/321/note.txt"}}}}}
        """;
        var interaction = InteractionParser.Parse(JsonDocument.Parse(json).RootElement);
        Assert.Equal("add", interaction.Options["subcommand"]);
        Assert.Equal("https://cdn.discordapp.com/attachments/1/321/note.txt", interaction.Options["file"]);
        Assert.Equal(("note.txt", "120"), (interaction.Options["file.filename"], interaction.Options["file.size"]));
        Assert.Equal(32UL, interaction.Permissions);
        Assert.Equal(["555"], interaction.RoleIds);
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
