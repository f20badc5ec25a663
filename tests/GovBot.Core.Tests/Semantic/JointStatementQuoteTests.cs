using GovBot.Core.Commands;
using GovBot.Core.Features.Quotes;

namespace GovBot.Core.Tests.Semantic;

/// <summary>A joint statement is stored once for each leader who issued it; /quote shows each paragraph once.</summary>
public sealed class JointStatementQuoteTests
{
    [Fact]
    public void A_joint_statement_s_paragraph_is_quoted_once_under_every_leader_who_issued_it_and_the_page_still_fills()
    {
        using var store = new SemanticStore(CountingEncoder.Real());
        store.Import("joint.txt", "title: Ruritania-United States Joint Leaders’ Statement\nsource: The White House\ndate: 2024-01-02\n\n" +
            "President Joseph R. Carver and Prime Minister Anna Keller of Ruritania met today at the White House.\n\n" +
            "The leaders committed to secure undersea cables that carry the data of both nations.\n\n" +
            "The leaders will share warnings about threats to undersea cables within a day of learning of them.\n");
        store.Import("cables.txt", "title: Minister on cables\nsource: Test Wire\ndate: 2024-02-01\n\n" +
            "\"Undersea cables are the arteries of our economy,\" said Piotr Nowak, the digital minister.\n\n" +
            "\"We will fund two more undersea cables this year,\" Nowak said.\n");

        var reply = store.Quotes.Handle(new QuoteRequest("undersea cables", null, Limit: 3));

        Assert.Equal(ReplyOutcome.Answered, reply.Outcome);
        Assert.Equal(3, reply.Fields.Count);
        Assert.Equal(reply.Fields.Count, reply.Fields.Select(f => f.Value).Distinct().Count());
        var joint = Assert.Single(reply.Fields, f => f.Value.Contains("committed to secure undersea cables", StringComparison.Ordinal));
        Assert.Equal("Joseph R. Carver and Anna Keller, jointly", joint.Name);
    }
}
