using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GovBot.Ingestion.Import;
using Microsoft.Extensions.Options;

namespace GovBot.Ingestion.Tests;

/// <summary>
/// The fetch deadline covers the body as well as the connection and the headers, the caller can cancel it, and no proxy
/// from the environment is used. Serial with the other fetcher tests, because the proxy test sets the process-wide default.
/// </summary>
[Collection(FetcherCollection.Name)]
public sealed class FetchDeadlineTests
{
    private static SafeDocumentFetcher Fetcher(TimeSpan timeout) =>
        new(Options.Create(new ArticleFetchOptions { AllowLoopbackForTests = true, Timeout = timeout }), TimeProvider.System);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_that_trickles_is_given_up_at_the_deadline(bool trickleHeaders)
    {
        await using var server = new TrickleServer(trickleHeaders);
        // 3 s, not 1: on a busy machine (CI runs test projects side by side) connecting alone has taken over a second, and
        // the deadline must fall while the body trickles for the test to prove anything.
        using var fetcher = Fetcher(TimeSpan.FromSeconds(3));

        var clock = Stopwatch.StartNew();
        var result = await fetcher.FetchAsync(server.Url, CancellationToken.None);
        var elapsed = clock.Elapsed;

        Assert.False(result.Ok);
        Assert.Contains("took longer than 3 seconds", result.Refusal, StringComparison.Ordinal);
        Assert.True(server.BytesSent > 0, "the server never started trickling; the test proves nothing");
        // The whole trickle would take hours; the deadline is 3 s, the rest is slack for a busy machine.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(8));
        await server.ClientGone.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_callers_cancellation_stops_a_fetch_in_the_middle_of_the_body()
    {
        await using var server = new TrickleServer(trickleHeaders: false);
        using var fetcher = Fetcher(TimeSpan.FromMinutes(1));
        using var caller = new CancellationTokenSource();

        var fetch = fetcher.FetchAsync(server.Url, caller.Token);
        await server.Trickling.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        await server.ClientGone.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_proxy_from_the_environment_is_never_used()
    {
        // A "proxy" that would happily fetch anything it is asked for; HTTP_PROXY ends up in HttpClient.DefaultProxy.
        using var proxy = new TcpListener(IPAddress.Loopback, 0);
        proxy.Start();
        var proxyPort = ((IPEndPoint)proxy.LocalEndpoint).Port;
        var proxied = 0;
        using var stop = new CancellationTokenSource();
        var serving = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await proxy.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref proxied);
                var stream = client.GetStream();
                var buffer = new byte[4096];
                _ = await stream.ReadAsync(buffer, stop.Token);
                var body = "title: Internal\n\nSecrets from the internal network, the admin said.\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"), stop.Token);
            }
        });

        var original = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new WebProxy($"http://127.0.0.1:{proxyPort}");
        try
        {
            using var fetcher = Fetcher(TimeSpan.FromSeconds(5));
            // A name only the proxy can reach (an intranet name; .invalid never resolves here): through a proxy the guard
            // would never see the address it stands for. An address literal is checked before any connection.
            var byName = await fetcher.FetchAsync(new Uri("http://intranet.invalid/internal.txt"), CancellationToken.None);
            Assert.False(byName.Ok, "the page was fetched through the proxy");
            var byAddress = await fetcher.FetchAsync(new Uri("http://10.0.0.1/internal.txt"), CancellationToken.None);
            Assert.Contains("10.0.0.1 (private network)", byAddress.Refusal, StringComparison.Ordinal);
            Assert.Equal(0, Volatile.Read(ref proxied));
        }
        finally
        {
            HttpClient.DefaultProxy = original;
            await stop.CancelAsync();
            proxy.Stop();
            await Task.WhenAny(serving);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FetcherCollection
{
    public const string Name = "fetcher";
}
