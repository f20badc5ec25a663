using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using GovBot.Core.Commands;
using GovBot.Core.Features.Usage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovBot.Discord.Interactions;

/// <summary>
/// Owns what every interaction needs: exactly one initial response (an answer within the window, or a deferral
/// followed by an edit), usage recording, errors as short ephemeral messages, autocomplete and paging buttons.
/// Handlers run off the gateway's receive loop.
/// </summary>
public sealed class InteractionDispatcher
{
    private readonly Dictionary<string, ISlashCommand> commands;
    private readonly CommandRunner runner;
    private readonly PagingStore paging;
    private readonly ModeratorPolicy moderators;
    private readonly DiscordOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<InteractionDispatcher> logger;
    private readonly ConcurrentDictionary<Task, byte> inFlight = new();

    public InteractionDispatcher(IEnumerable<ISlashCommand> commands, CommandRunner runner, PagingStore paging, ModeratorPolicy moderators,
        IOptions<DiscordOptions> options, TimeProvider time, ILogger<InteractionDispatcher> logger)
    {
        this.moderators = moderators;
        this.commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
        this.runner = runner;
        this.paging = paging;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Starts handling without waiting for it, so the caller (the gateway's receive loop) never blocks.</summary>
    public void Dispatch(Interaction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var task = Task.Run(() => HandleAsync(interaction, responder, ct), CancellationToken.None);
        inFlight[task] = 0;
        task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Lets answers in progress finish at shutdown, up to a limit.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        var pending = inFlight.Keys.ToArray();
        if (pending.Length > 0)
        {
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(limit, time));
        }
    }

    public async Task HandleAsync(Interaction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var command = interaction.CommandName ?? "component";
        var acknowledged = new System.Runtime.CompilerServices.StrongBox<bool>(false);
        try
        {
            switch (interaction.Kind)
            {
                case InteractionKind.Ping:
                    await responder.RespondAsync(interaction, new JsonObject { ["type"] = 1 }, ct);
                    break;
                case InteractionKind.Autocomplete:
                    await responder.RespondAsync(interaction, Autocomplete(interaction), ct);
                    break;
                case InteractionKind.Command:
                    await CommandAsync(interaction, responder, acknowledged, ct);
                    break;
                case InteractionKind.Component:
                    await ComponentAsync(interaction, responder, ct);
                    break;
                case InteractionKind.ModalSubmit:
                    await ModalSubmitAsync(interaction, responder, ct);
                    break;
                default:
                    await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("GovBot does not handle that kind of interaction.")), ct);
                    break;
            }

            DiscordLog.InteractionAnswered(logger, interaction.Id, command, (int)interaction.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            DiscordLog.InteractionFailed(logger, ex, interaction.Id, command);
            await TryReportFailureAsync(interaction, responder, acknowledged.Value, ct);
        }
    }

    private async Task CommandAsync(Interaction interaction, IInteractionResponder responder, System.Runtime.CompilerServices.StrongBox<bool> acknowledged, CancellationToken ct)
    {
        if (interaction.CommandName is null || !commands.TryGetValue(interaction.CommandName, out var command))
        {
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("I do not know that command. Try /help.")), ct);
            return;
        }

        var input = new CommandInput(interaction.Options) { Caller = interaction.Caller, Cancellation = ct };
        if (command.Definition.ModeratorOnly && !moderators.Allows(interaction.Caller))
        {
            // Refused before anything else runs: nothing is looked up or changed.
            runner.RecordRefusal("discord", command.Definition.Name, input.Describe(), interaction.Caller);
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice(
                interaction.GuildId is null
                    ? "That command is for server moderators and works only inside a server."
                    : "That command is for moderators (Manage Server, Administrator or a moderator role). You don't have that here.")), ct);
            return;
        }

        var work = Task.Run(() => runner.Run("discord", command.Definition.Name, input.Describe(), interaction.Caller, () => command.Execute(input)), ct);
        var deferAfter = TimeSpan.FromMilliseconds(command.Definition.MaySlow ? Math.Min(options.DeferAfterMs, 500) : options.DeferAfterMs);
        var finished = await Task.WhenAny(work, Task.Delay(deferAfter, time, ct));
        if (finished == work)
        {
            var ready = await work;
            await responder.RespondAsync(interaction, ready.Modal is { } modal ? MessageRenderer.Modal(modal) : Message(4, Render(command, input, ready, 0, interaction.UserId)), ct);
            return;
        }

        // Not ready in time: acknowledge now (the user sees "thinking…"), then edit the answer in.
        await responder.RespondAsync(interaction, new JsonObject { ["type"] = 5 }, ct);
        acknowledged.Value = true;
        var reply = await work;
        await responder.EditOriginalAsync(interaction, Render(command, input, reply, 0, interaction.UserId), ct);
    }

    private async Task ComponentAsync(Interaction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        if (interaction.CustomId?.StartsWith(MessageRenderer.ActionPrefix, StringComparison.Ordinal) == true)
        {
            await ActionAsync(interaction, responder, ct);
            return;
        }

        if (!PagingIds.TryParse(interaction.CustomId, out var page, out var key))
        {
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("That button is not one of mine, or it is out of date.")), ct);
            return;
        }

        if (!paging.TryGet(key, out var name, out var input, out var owner) || !commands.TryGetValue(name, out var command))
        {
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("This result list has expired. Run the command again to browse it.")), ct);
            return;
        }

        if (command.Definition.ModeratorOnly && !moderators.Allows(interaction.Caller))
        {
            runner.RecordRefusal("discord", name + " page", input.Describe(), interaction.Caller);
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("Those pages are for moderators.")), ct);
            return;
        }

        if (owner is not null && interaction.UserId is not null && owner != interaction.UserId)
        {
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice("Only the person who asked can turn these pages. Run the command yourself to browse the results.")), ct);
            return;
        }

        var reply = runner.Run("discord", name + " page", input.Describe(), interaction.Caller, () => command.Execute(input));
        var message = MessageRenderer.Render(reply, page, key, ephemeral: false);
        await responder.RespondAsync(interaction, Message(7, message), ct);
    }

    private async Task ModalSubmitAsync(Interaction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var parts = (interaction.CustomId ?? "").StartsWith(MessageRenderer.ModalPrefix, StringComparison.Ordinal)
            ? interaction.CustomId![MessageRenderer.ModalPrefix.Length..].Split(':', 2)
            : [];
        var actions = await ResolveReplyActionsAsync(interaction, parts, 2, "form", "send", responder, ct);
        if (actions is null)
            return;

        var values = interaction.Options;
        var reply = runner.Run("discord", $"{parts[0]} {parts[1]}", "", interaction.Caller, () => actions.OnModal(parts[1], values, interaction.Caller));
        await responder.RespondAsync(interaction, Message(4, MessageRenderer.Render(reply, 0, null, ephemeral: reply.Outcome is ReplyOutcome.InvalidInput or ReplyOutcome.Error)), ct);
    }

    /// <summary>A reply's own button (Confirm, Cancel): back to its command, after the same permission check as the command.</summary>
    private async Task ActionAsync(Interaction interaction, IInteractionResponder responder, CancellationToken ct)
    {
        var parts = interaction.CustomId![MessageRenderer.ActionPrefix.Length..].Split(':', 3);
        var actions = await ResolveReplyActionsAsync(interaction, parts, 3, "button", "use", responder, ct);
        if (actions is null)
            return;

        var reply = runner.Run("discord", $"{parts[0]} {parts[1]}", "", interaction.Caller, () => actions.OnAction(parts[1], parts[2], interaction.Caller));
        await responder.RespondAsync(interaction, Message(7, MessageRenderer.Render(reply, 0, null, ephemeral: false)), ct);
    }

    /// <summary>
    /// The command behind a form or button of one of its replies, or null once the caller has been told why not:
    /// unknown or stale ids, or a moderator command pressed by someone who is not one (a button outlives the check
    /// that showed it, and anyone in the channel can press it).
    /// </summary>
    private async Task<IReplyActions?> ResolveReplyActionsAsync(
        Interaction interaction, string[] parts, int expectedParts, string noun, string verb, IInteractionResponder responder, CancellationToken ct)
    {
        if (parts.Length != expectedParts || !commands.TryGetValue(parts[0], out var command) || command is not IReplyActions actions)
        {
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice($"That {noun} is not one of mine, or it is out of date.")), ct);
            return null;
        }

        if (command.Definition.ModeratorOnly && !moderators.Allows(interaction.Caller))
        {
            runner.RecordRefusal("discord", $"{parts[0]} {parts[1]}", "", interaction.Caller);
            await responder.RespondAsync(interaction, Message(4, MessageRenderer.Notice($"Only moderators can {verb} that {noun}.")), ct);
            return null;
        }

        return actions;
    }

    private JsonObject Autocomplete(Interaction interaction)
    {
        var choices = new JsonArray();
        if (interaction.CommandName is not null && interaction.FocusedOption is not null && commands.TryGetValue(interaction.CommandName, out var command))
        {
            var typed = interaction.Options.GetValueOrDefault(interaction.FocusedOption) ?? "";
            foreach (var choice in command.Suggest(interaction.FocusedOption, typed).Take(DiscordLimits.Choices))
            {
                choices.Add(new JsonObject
                {
                    ["name"] = MessageRenderer.Cut(choice.Name, DiscordLimits.ChoiceText),
                    ["value"] = MessageRenderer.Cut(choice.Value, DiscordLimits.ChoiceText),
                });
            }
        }

        return new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = choices } };
    }

    private JsonObject Render(ISlashCommand command, CommandInput input, CommandReply reply, int page, string? userId)
    {
        var paged = reply.Fields.Count > reply.PageSize;
        var key = paged ? paging.Remember(command.Definition.Name, input, userId) : null;
        var ephemeral = reply.Outcome is ReplyOutcome.InvalidInput or ReplyOutcome.Error;
        return MessageRenderer.Render(reply, page, key, ephemeral);
    }

    private async Task TryReportFailureAsync(Interaction interaction, IInteractionResponder responder, bool acknowledged, CancellationToken ct)
    {
        var notice = MessageRenderer.Notice("Something went wrong while answering. It has been logged; please try again.");
        try
        {
            if (acknowledged)
            {
                await responder.EditOriginalAsync(interaction, notice, ct);
            }
            else if (interaction.Kind == InteractionKind.Autocomplete)
            {
                await responder.RespondAsync(interaction, new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray() } }, ct);
            }
            else
            {
                await responder.RespondAsync(interaction, Message(4, notice), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.InteractionFailed(logger, ex, interaction.Id, "error report");
        }
    }

    private static JsonObject Message(int type, JsonObject data) => new() { ["type"] = type, ["data"] = data };
}
