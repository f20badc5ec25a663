namespace GovBot.Core.Commands;

/// <summary>A command whose replies carry buttons; the transport routes clicks back here, after the same permission checks.</summary>
public interface IReplyActions
{
    CommandReply OnAction(string action, string key, CommandCaller caller);

    /// <summary>A submitted form opened by <see cref="CommandReply.Modal"/>; the values are keyed by field id.</summary>
    CommandReply OnModal(string modal, IReadOnlyDictionary<string, string> values, CommandCaller caller) =>
        CommandReply.Message(ReplyOutcome.Error, "Unexpected form", "That form is not handled here.");
}
