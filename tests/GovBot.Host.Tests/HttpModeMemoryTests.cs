using System.Globalization;
using System.Net;
using GovBot.FakeDiscord;
using GovBot.Tests.Shared;
using Xunit.Abstractions;

namespace GovBot.Host.Tests;

/// <summary>
/// The probe, against the real GovBot process in HTTP mode: waves of 80 concurrent 25 MB bodies (streamed
/// from a generator, with and without Content-Length) used to take the process to 4 GB, because each body was
/// buffered whole before any check.
/// </summary>
[Collection(MemoryProbe.Name)]
public sealed class HttpModeMemoryTests(ITestOutputHelper output)
{
    private const int Concurrent = 80;
    private const long BodyBytes = 25L * 1024 * 1024;

    /// <summary>
    /// The stated bound: the process's peak resident memory during both waves stays within 200 MB of what it was
    /// before them. Buffering the bodies, as the old endpoint did, needs 80 × 25 MB = 2 GB for one wave.
    /// </summary>
    private const long MaxGrowthBytes = 200L * 1024 * 1024;

    private static readonly TimeSpan Timeout = BotAgainstFakeDiscord.Timeout;

    [Fact]
    public async Task Waves_of_80_concurrent_25_MB_bodies_are_refused_without_the_process_growing_past_the_bound()
    {
        await using var h = await BotAgainstFakeDiscord.StartHttpModeAsync();
        await h.Bot!.WaitForOutputAsync("Registered", Timeout);
        var endpoint = h.InteractionsEndpoint!;
        using (var warm = await h.Discord.PostSignedInteractionAsync(endpoint, FakeDiscordServer.Ping()))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var pid = h.Bot.ProcessId;
        var before = StatusBytes(pid, "VmRSS");
        // Resets the kernel's peak-RSS mark (VmHWM) to the current RSS, so VmHWM afterwards is the peak of the waves.
        await File.WriteAllTextAsync($"/proc/{pid}/clear_refs", "5");

        using var client = new HttpClient { Timeout = Timeout };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var waves = WavesAsync(client, endpoint);
        var finished = await Task.WhenAny(waves, Task.Delay(Timeout)) == waves;
        var peak = StatusBytes(pid, "VmHWM");
        output.WriteLine($"both waves: {started.Elapsed.TotalSeconds:0.0} s");

        var growthMb = (peak - before) / (1024 * 1024);
        output.WriteLine($"RSS before the waves {before / (1024 * 1024)} MB, peak during them {peak / (1024 * 1024)} MB (+{growthMb} MB; bound {MaxGrowthBytes / (1024 * 1024)} MB)");
        Assert.True(peak - before < MaxGrowthBytes, $"peak RSS {peak / (1024 * 1024)} MB, {growthMb} MB above the {before / (1024 * 1024)} MB before the waves");
        Assert.True(finished, $"the waves took longer than {Timeout.TotalSeconds} s");
        // Every request was refused (413, or the connection closed under a client still uploading), and none was read whole.
        var outcomes = await waves;
        Assert.All(outcomes, o => Assert.True(o.Status is null or HttpStatusCode.RequestEntityTooLarge, $"answered {o.Status}"));
        Assert.All(outcomes, o => Assert.True(o.Written < BodyBytes, $"the server took all {o.Written} bytes"));
        using var after = await h.Discord.PostSignedInteractionAsync(endpoint, FakeDiscordServer.Ping());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>80 bodies declaring their length, then 80 chunked ones; each wave all at once.</summary>
    private static async Task<IReadOnlyList<(HttpStatusCode? Status, long Written)>> WavesAsync(HttpClient client, Uri endpoint)
    {
        var declared = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SendAsync(client, endpoint, declare: true)));
        var chunked = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SendAsync(client, endpoint, declare: false)));
        return [.. declared, .. chunked];
    }

    private static async Task<(HttpStatusCode? Status, long Written)> SendAsync(HttpClient client, Uri endpoint, bool declare)
    {
        var content = new GeneratedBody(BodyBytes, declaredLength: declare ? BodyBytes : null);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        // Headers that pass every check made before the body, so a chunked body really is read up to the limit.
        request.Headers.Add("X-Signature-Ed25519", new string('a', 128));
        request.Headers.Add("X-Signature-Timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await client.SendAsync(request);
            return (response.StatusCode, content.Written);
        }
        catch (HttpRequestException)
        {
            return (null, content.Written);
        }
    }

    private static long StatusBytes(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}

/// <summary>The flood saturates loopback and both cores for seconds: it runs alone, neither slowing other tests' time limits nor slowed by them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryProbe
{
    public const string Name = "HTTP mode memory probe";
}
