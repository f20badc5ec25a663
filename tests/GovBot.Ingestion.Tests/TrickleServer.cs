using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GovBot.Ingestion.Tests;

/// <summary>
/// A loopback HTTP server that never finishes: it sends its response a byte at a time, either the headers too or only
/// the body (after complete headers that promise 100 kB). A fetch that waits for it will wait for hours.
/// </summary>
internal sealed class TrickleServer : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private const string Head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n";
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly bool trickleHeaders;
    private readonly Task serving;
    private int bytesSent;

    public TrickleServer(bool trickleHeaders)
    {
        this.trickleHeaders = trickleHeaders;
        listener.Start();
        serving = ServeAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/slow.txt");

    /// <summary>Set once the first byte of the trickle has gone out.</summary>
    public TaskCompletionSource Trickling { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the client has gone away (the next write failed).</summary>
    public TaskCompletionSource ClientGone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int BytesSent => Volatile.Read(ref bytesSent);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => TrickleAsync(client));
        }
    }

    private async Task TrickleAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                await ReadRequestHeadAsync(stream);
                var head = Encoding.ASCII.GetBytes(Head);
                if (!trickleHeaders)
                {
                    await stream.WriteAsync(head, stop.Token);
                }

                var body = Enumerable.Repeat((byte)'a', 100_000);
                foreach (var b in trickleHeaders ? head.Concat(body) : body)
                {
                    await stream.WriteAsync(new[] { b }, stop.Token);
                    Interlocked.Increment(ref bytesSent);
                    Trickling.TrySetResult();
                    await Task.Delay(Interval, stop.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                ClientGone.TrySetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task ReadRequestHeadAsync(NetworkStream stream)
    {
        var seen = new StringBuilder();
        var one = new byte[1];
        while (!seen.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, stop.Token) == 0)
            {
                throw new IOException("the client closed before sending its request");
            }

            seen.Append((char)one[0]);
        }
    }
}
