namespace GovBot.Core.Commands;

/// <summary>A command whose replies carry buttons; the transport routes clicks back here, after the same permission checks.</summary>
public interface IReplyActions
{
    CommandReply OnAction(string action, string key, CommandCaller caller);
}
