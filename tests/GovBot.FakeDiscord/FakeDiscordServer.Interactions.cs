using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovBot.FakeDiscord.Interactions;

namespace GovBot.FakeDiscord;

/// <summary>Creating interactions: over the gateway (<see cref="DispatchInteraction"/>) or, in HTTP-interactions mode,
/// as a signed POST to the bot's endpoint; plus builders for realistic interaction objects.</summary>
public sealed partial class FakeDiscordServer
{
    public const string DefaultGuildId = InteractionFactory.GuildId;
    public const string DefaultChannelId = InteractionFactory.ChannelId;
    public const string DefaultUserId = InteractionFactory.UserId;

    /// <summary>Sends INTERACTION_CREATE now if a session is live. Otherwise the interaction waits: in the log of a
    /// session the client can resume (the replay before RESUMED carries it), or for the next READY. A copy of
    /// <paramref name="interaction"/> is sent, with id, application_id, token and version filled in when missing.</summary>
    public InteractionHandle DispatchInteraction(JsonObject interaction)
    {
        var payload = Complete(interaction);
        lock (_state.Gate)
        {
            var handle = Register(payload, viaGateway: true);
            _delivery.Dispatch(handle);
            _state.Waiters.Notify();
            return handle;
        }
    }

    /// <summary>HTTP-interactions mode: POSTs the interaction to <paramref name="endpoint"/> signed with
    /// <see cref="PublicKey"/>'s private key (<c>X-Signature-Ed25519</c> over timestamp + body,
    /// <c>X-Signature-Timestamp</c> in Unix seconds). With <paramref name="validSignature"/> false the signature covers
    /// a tampered body. A 200 JSON answer counts as the interaction's callback; find the handle with
    /// <see cref="FindInteraction"/> or <see cref="Interactions"/>. The response content is buffered, so it can be read.</summary>
    public async Task<HttpResponseMessage> PostSignedInteractionAsync(
        Uri endpoint, JsonObject interaction, bool validSignature = true, CancellationToken ct = default)
    {
        var payload = Complete(interaction);
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var timestamp = Options.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = validSignature ? body : [.. body, (byte)' '];
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", _signer.SignHex(timestamp, signed));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)");

        InteractionHandle handle;
        lock (_state.Gate)
        {
            handle = Register(payload, viaGateway: false);
            handle.Enqueued = true;
            handle.MarkDelivered(Options.Clock.GetTimestamp());
            _state.Waiters.Notify();
        }

        var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        var answeredAt = Options.Clock.GetTimestamp();
        if (response.StatusCode == System.Net.HttpStatusCode.OK && TryParseObject(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)) is { } answer)
        {
            _callbacks.RecordInlineAnswer(handle, answer, answeredAt);
        }

        return response;
    }

    /// <summary>A CHAT_INPUT command (type 2) in the default guild by a member with every permission. Option values:
    /// string (3), bool (5), integer (4), floating point (10), or a <see cref="JsonObject"/> such as
    /// <see cref="Subcommand"/> that is used as the option.</summary>
    public static JsonObject SlashCommand(string name, params (string Name, object Value)[] options) =>
        InteractionFactory.SlashCommand(name, options);

    /// <summary>An autocomplete request (type 4): <paramref name="focusedOption"/> carries <c>focused:true</c> and the
    /// text typed so far.</summary>
    public static JsonObject Autocomplete(string name, string focusedOption, string typed, params (string Name, object Value)[] other) =>
        InteractionFactory.Autocomplete(name, focusedOption, typed, other);

    /// <summary>A button press (type 3, component_type 2) on <paramref name="message"/>, or on a bot message with that
    /// button when none is given.</summary>
    public static JsonObject Button(string customId, JsonObject? message = null) => InteractionFactory.Button(customId, message);

    /// <summary>The same interaction invoked in a DM with the bot: <c>user</c> instead of <c>member</c>, no guild, context 1.</summary>
    public static JsonObject DirectMessage(JsonObject interaction) => InteractionFactory.DirectMessage(interaction);

    /// <summary>A PING (type 1), as Discord sends to validate an HTTP interactions endpoint.</summary>
    public static JsonObject Ping() => InteractionFactory.Ping();

    /// <summary>A subcommand option value for <see cref="SlashCommand"/>: <c>("get", Subcommand(("speaker", "x")))</c>.</summary>
    public static JsonObject Subcommand(params (string Name, object Value)[] options) => InteractionFactory.Subcommand(options);

    private JsonObject Complete(JsonObject interaction)
    {
        // Read back from JSON text rather than cloned, so numbers of any CLR type read as they would off the wire.
        var payload = (JsonObject)JsonNode.Parse(interaction.ToJsonString())!;
        if (payload["type"] is not JsonValue type || !type.TryGetValue<int>(out _))
        {
            throw new ArgumentException("An interaction needs an integer \"type\".", nameof(interaction));
        }

        var id = payload["id"]?.GetValue<string>() ?? Snowflake.Next();
        payload["id"] = id;
        payload["application_id"] ??= Options.ApplicationId;
        payload["token"] ??= NewToken(id);
        payload["version"] ??= 1;
        if (payload["message"] is JsonObject message && (string?)message["application_id"] == "1000000000000000001")
        {
            // The builders' default source message is the bot's own; keep it so when the application id is changed.
            message["application_id"] = Options.ApplicationId;
            message["webhook_id"] = Options.ApplicationId;
            if (message["author"] is JsonObject author)
            {
                author["id"] = Options.ApplicationId;
            }
        }

        return payload;
    }

    private InteractionHandle Register(JsonObject payload, bool viaGateway)
    {
        var handle = new InteractionHandle(payload, viaGateway, _state.Gate, Options.Clock);
        if (_state.InteractionsById.ContainsKey(handle.Id) || _state.InteractionsByToken.ContainsKey(handle.Token))
        {
            throw new ArgumentException($"Interaction id {handle.Id} or its token was used before; omit id and token to get fresh ones.");
        }

        _state.Register(handle);
        return handle;
    }

    /// <summary>Shaped like Discord's: base64 of "interaction:{id}:{secret}", URL-safe so it fits in a path segment.</summary>
    private static string NewToken(string id)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(96));
        return Base64Url(Encoding.UTF8.GetBytes($"interaction:{id}:{secret}"));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
