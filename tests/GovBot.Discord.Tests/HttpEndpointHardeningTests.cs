using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovBot.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace GovBot.Discord.Tests;

/// <summary>The interactions endpoint under hostile and broken requests, through a real HTTP client on loopback.</summary>
public sealed class HttpEndpointHardeningTests
{
    private const int Limit = 1024 * 1024;
    private const int BadSignatureEvent = 2040;
    private const int TooLargeEvent = 2041;
    private const int BadTimestampEvent = 2042;
    private const int MalformedEvent = 2043;
    private const string Token = "interaction-token-secret";
    private const string Ping = """{"type":1,"id":"900000000000000001","token":"interaction-token-secret","application_id":"100"}""";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_valid_signed_ping_and_command_are_answered()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();

        using var pong = await endpoint.Client.SendAsync(endpoint.Signed(Ping));
        using var answer = await endpoint.Client.SendAsync(endpoint.Signed(
            """{"type":2,"id":"900000000000000002","token":"tok","application_id":"100","data":{"name":"quote","options":[{"name":"query","type":3,"value":"cyber"}]}}"""));

        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal("quote: cyber", body["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.DoesNotContain(endpoint.Log.Lines, l => l.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_signed_body_of_exactly_1_MB_is_answered_and_one_byte_more_gets_413(bool chunked)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        using var atLimit = endpoint.Signed(Padded(Ping, Limit));
        using var overLimit = endpoint.Signed(Padded(Ping, Limit + 1));
        atLimit.Headers.TransferEncodingChunked = chunked;
        overLimit.Headers.TransferEncodingChunked = chunked;

        using var accepted = await endpoint.Client.SendAsync(atLimit).WaitAsync(Timeout);
        using var refused = await endpoint.Client.SendAsync(overLimit).WaitAsync(Timeout);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("""{"type":1}""", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains(chunked ? "passed the 1048576-byte limit while being read" : "Content-Length 1048577 is over the 1048576-byte limit", Assert.Single(endpoint.Log.WithEvent(TooLargeEvent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_length_over_1_MB_gets_413_before_any_of_the_body_is_sent()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var content = new GeneratedBody(25 * Limit, declaredLength: 25 * Limit);
        using var request = endpoint.WithPlausibleHeaders(content);
        // With Expect: 100-continue the client waits for the server's go-ahead, which a server that reads the body gives.
        request.Headers.ExpectContinue = true;

        using var response = await endpoint.Client.SendAsync(request).WaitAsync(Timeout);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, content.Written);
        Assert.Contains("Content-Length 26214400 is over", Assert.Single(endpoint.Log.WithEvent(TooLargeEvent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_length_over_1_MB_is_refused_without_waiting_for_the_body()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        // 64 KB of 25 MB go out, then the client waits: only a server that refuses on the header alone logs now.
        var content = new GeneratedBody(25 * Limit, declaredLength: 25 * Limit, pauseAfter: 64 * 1024);
        var sending = endpoint.Client.SendAsync(endpoint.WithPlausibleHeaders(content));

        await endpoint.Log.WaitForAsync(TooLargeEvent, Timeout);

        Assert.Equal(64 * 1024, content.Written);
        content.Resume();
        await ExpectRefusalAsync(sending);
    }

    [Fact]
    public async Task A_chunked_body_over_1_MB_gets_413()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var content = new GeneratedBody(Limit + 64 * 1024);

        using var response = await endpoint.Client.SendAsync(endpoint.WithPlausibleHeaders(content)).WaitAsync(Timeout);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("passed the 1048576-byte limit while being read", Assert.Single(endpoint.Log.WithEvent(TooLargeEvent)), StringComparison.Ordinal);
        Assert.Empty(endpoint.Log.WithEvent(BadSignatureEvent));
    }

    [Fact]
    public async Task A_chunked_body_is_refused_at_the_first_byte_past_1_MB_without_reading_on()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        // The client stops after 1 MB + 1 byte of 25 MB: the refusal must come while it waits.
        var content = new GeneratedBody(25 * Limit, pauseAfter: Limit + 1);
        var sending = endpoint.Client.SendAsync(endpoint.WithPlausibleHeaders(content));

        await endpoint.Log.WaitForAsync(TooLargeEvent, Timeout);

        Assert.Equal(Limit + 1, content.Written);
        content.Resume();
        await ExpectRefusalAsync(sending);
    }

    [Fact]
    public async Task A_body_under_1_MB_in_one_byte_chunks_gets_413_once_its_framing_passes_2_MB()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        // "1\r\n \r\n" is 6 bytes on the wire per byte of body: 600 KB of body is 3.6 MB to read.
        var content = new GeneratedBody(600 * 1024, writeSize: 1);
        var sending = endpoint.Client.SendAsync(endpoint.WithPlausibleHeaders(content));

        await endpoint.Log.WaitForAsync(TooLargeEvent, Timeout);

        Assert.Contains("chunk framing the body passed 2097152 bytes", Assert.Single(endpoint.Log.WithEvent(TooLargeEvent)), StringComparison.Ordinal);
        await ExpectRefusalAsync(sending);
    }

    [Fact]
    public async Task A_bad_signature_gets_401_before_the_body_is_parsed()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();

        // Not JSON at all: a 400 here would mean it was parsed before the signature was checked.
        using var response = await endpoint.Client.SendAsync(endpoint.Signed("{not json", rightKey: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(endpoint.Log.WithEvent(BadSignatureEvent));
        Assert.Empty(endpoint.Log.WithEvent(MalformedEvent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex-at-all")]
    [InlineData("zz")]
    public async Task A_malformed_signature_header_gets_401(string signature)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        using var request = endpoint.Signed(Ping);
        request.Headers.Remove("X-Signature-Ed25519");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature.Length == 2 ? new string('z', 128) : signature);

        using var response = await endpoint.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(endpoint.Log.WithEvent(BadSignatureEvent));
    }

    [Theory]
    [InlineData(-360, "360 s behind")]
    [InlineData(360, "360 s ahead of")]
    [InlineData(-86400, "86400 s behind")]
    public async Task A_correctly_signed_request_with_a_timestamp_over_5_minutes_off_gets_401(int offsetSeconds, string logged)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var stamp = RunningEndpoint.Stamp(endpoint.Time.GetUtcNow().AddSeconds(offsetSeconds));

        using var response = await endpoint.Client.SendAsync(endpoint.Signed(Ping, stamp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(logged, Assert.Single(endpoint.Log.WithEvent(BadTimestampEvent)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public async Task A_timestamp_within_5_minutes_either_way_is_accepted(int offsetSeconds)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var stamp = RunningEndpoint.Stamp(endpoint.Time.GetUtcNow().AddSeconds(offsetSeconds));

        using var response = await endpoint.Client.SendAsync(endpoint.Signed(Ping, stamp));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Freshness_follows_the_clock()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var stamp = RunningEndpoint.Stamp(endpoint.Time.GetUtcNow());
        using var fresh = await endpoint.Client.SendAsync(endpoint.Signed(Ping, stamp));

        endpoint.Time.Advance(TimeSpan.FromMinutes(6));
        using var replayed = await endpoint.Client.SendAsync(endpoint.Signed(Ping, stamp));

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1795694400.5")]
    [InlineData("1.7956944e9")]
    [InlineData("-1795694400")]
    [InlineData("+1795694400")]
    [InlineData("0x6B02F2C0")]
    [InlineData("179569440000000000000")]
    public async Task A_correctly_signed_request_with_a_non_numeric_timestamp_gets_401(string stamp)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();

        using var response = await endpoint.Client.SendAsync(endpoint.Signed(Ping, stamp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not a whole number of seconds", Assert.Single(endpoint.Log.WithEvent(BadTimestampEvent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_timestamp_gets_401()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        using var request = endpoint.Signed(Ping);
        request.Headers.Remove("X-Signature-Timestamp");

        using var response = await endpoint.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("missing", Assert.Single(endpoint.Log.WithEvent(BadTimestampEvent)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""[1,2,3]""", "not an object")]
    [InlineData("""{"type":1e99,"id":"1","token":"interaction-token-secret"}""", "\"type\"")]
    [InlineData("""{"type":99999999999,"id":"1","token":"interaction-token-secret"}""", "\"type\"")]
    [InlineData("""{"type":"2","id":"1","token":"interaction-token-secret"}""", "\"type\"")]
    [InlineData("""{"type":2,"token":"interaction-token-secret"}""", "\"id\"")]
    [InlineData("""{"type":2,"id":42,"token":"interaction-token-secret"}""", "\"id\"")]
    [InlineData("""{"type":2,"id":"1"}""", "\"token\"")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","application_id":7}""", "\"application_id\"")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","data":{"name":"quote","options":[{"name":"q","type":1e99}]}}""", "out-of-range")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","data":{"name":"quote","options":[{"type":3,"value":"x"}]}}""", "wrong type")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","data":{"name":7}}""", "wrong type")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","member":{"permissions":8,"user":{"id":"5"}}}""", "wrong type")]
    [InlineData("""{"type":2,"id":"1","token":"interaction-token-secret","data":{"resolved":[]}}""", "wrong type")]
    public async Task A_signed_but_malformed_payload_gets_400_and_one_log_line_without_the_token(string payload, string logged)
    {
        await using var endpoint = await RunningEndpoint.StartAsync();

        using var response = await endpoint.Client.SendAsync(endpoint.Signed(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single(endpoint.Log.Lines);
        Assert.Equal((MalformedEvent, LogLevel.Warning), (line.EventId, line.Level));
        Assert.Contains(logged, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-token-never-logged", line.Message, StringComparison.Ordinal);
        using var pong = await endpoint.Client.SendAsync(endpoint.Signed(Ping));
        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_signed_json_gets_400()
    {
        await using var endpoint = await RunningEndpoint.StartAsync();
        var nested = new string('[', 10_000) + new string(']', 10_000);

        using var response = await endpoint.Client.SendAsync(endpoint.Signed(nested));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", Assert.Single(endpoint.Log.WithEvent(MalformedEvent)), StringComparison.Ordinal);
    }

    /// <summary>A JSON payload followed by spaces (still valid JSON) to exactly <paramref name="length"/> bytes.</summary>
    private static byte[] Padded(string json, int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)' ');
        Encoding.UTF8.GetBytes(json, bytes);
        return bytes;
    }

    /// <summary>
    /// Once the server has refused and closed the connection, a client still uploading sees either the 413 or the
    /// closed connection, depending on how far its upload got; anything else is wrong.
    /// </summary>
    private static async Task ExpectRefusalAsync(Task<HttpResponseMessage> sending)
    {
        try
        {
            using var response = await sending.WaitAsync(Timeout);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
        }
    }
}
