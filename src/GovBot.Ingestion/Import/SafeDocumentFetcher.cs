using System.Net;
using System.Net.Sockets;
using GovBot.Core.Features.Articles;
using Microsoft.Extensions.Options;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Fetches a page or file for a moderator without becoming a proxy into private networks: http(s) only; every host is
/// resolved and refused unless all its addresses are public, on the first request and on each redirect (at most 5);
/// the connection goes to the address that was checked, never through a proxy from the environment; one deadline
/// (10 s by default) covers the whole fetch, body included; 5 MB at most.
/// </summary>
public sealed class SafeDocumentFetcher : IDocumentFetcher, IDisposable
{
    public const int MaxRedirects = 5;
    private readonly HttpClient http;
    private readonly bool allowLoopback;
    private readonly TimeSpan timeout;
    private readonly TimeProvider time;

    public SafeDocumentFetcher(IOptions<ArticleFetchOptions> options, TimeProvider time)
    {
        allowLoopback = options.Value.AllowLoopbackForTests;
        timeout = options.Value.Timeout;
        this.time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy (HTTP_PROXY and friends) would be handed internal addresses that the connect guard never sees.
            UseProxy = false,
            ConnectTimeout = timeout,
            ConnectCallback = ConnectAsync,
            AutomaticDecompression = DecompressionMethods.All,
        };
        http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("GovBot/1.0 (+article import)");
    }

    /// <summary>Gives up with a refusal when the deadline passes; throws <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled.</summary>
    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            return await FetchWithinAsync(url, linked.Token);
        }
        catch (Exception ex) when ((ex is OperationCanceledException or HttpRequestException or IOException) && linked.IsCancellationRequested)
        {
            ct.ThrowIfCancellationRequested();
            return FetchedDocument.Refused($"the page took longer than {timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} {(timeout == TimeSpan.FromSeconds(1) ? "second" : "seconds")}");
        }
    }

    private async Task<FetchedDocument> FetchWithinAsync(Uri url, CancellationToken ct)
    {
        var current = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!current.IsAbsoluteUri || (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps))
            {
                return FetchedDocument.Refused($"only http and https addresses can be fetched, not {(current.IsAbsoluteUri ? current.Scheme : "a relative address")}");
            }

            // An address written in the URL is judged here; names are judged when they resolve, in ConnectAsync.
            if (IPAddress.TryParse(current.IdnHost.Trim('[', ']'), out var literal) && Refusal(current.IdnHost, literal) is { } refusal)
            {
                return FetchedDocument.Refused(refusal);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException ex) when (ex.InnerException is RefusedAddressException refused)
            {
                return FetchedDocument.Refused(refused.Message);
            }
            catch (HttpRequestException ex) when (!ct.IsCancellationRequested)
            {
                return FetchedDocument.Refused($"the page could not be fetched ({ex.Message})");
            }

            using (response)
            {
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchedDocument.Refused($"the server answered {(int)response.StatusCode}");
                }

                if (response.Content.Headers.ContentLength > DocumentFiles.MaxBytes)
                {
                    return FetchedDocument.Refused("the document is larger than 5 MB");
                }

                await using var stream = await response.Content.ReadAsStreamAsync(ct);
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, ct)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > DocumentFiles.MaxBytes)
                    {
                        return FetchedDocument.Refused("the document is larger than 5 MB");
                    }
                }

                var media = response.Content.Headers.ContentType?.MediaType ?? "";
                var name = Path.GetFileName(current.AbsolutePath);
                if (!DocumentFiles.IsSupported(name))
                {
                    name = media.Contains("html", StringComparison.OrdinalIgnoreCase) || media.Length == 0 ? "page.html"
                        : media.Contains("markdown", StringComparison.OrdinalIgnoreCase) ? "page.md"
                        : media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? "page.txt"
                        : "";
                }

                return name.Length == 0
                    ? FetchedDocument.Refused($"“{media}” documents cannot be imported; use a web page, .txt, .md or .html")
                    : new FetchedDocument(buffer.ToArray(), name, null);
            }
        }

        return FetchedDocument.Refused($"more than {MaxRedirects} redirects");
    }

    public void Dispose() => http.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        if (addresses.Length == 0)
        {
            throw new RefusedAddressException($"{context.DnsEndPoint.Host} does not resolve");
        }

        // Every address must be public, or a second lookup could pick the private one (DNS rebinding).
        foreach (var address in addresses)
        {
            if (Refusal(context.DnsEndPoint.Host, address) is { } refusal)
            {
                throw new RefusedAddressException(refusal);
            }
        }

        // A socket of the address's own family: dual-mode sockets are not available everywhere (some sandboxes refuse them).
        var target = addresses[0].IsIPv4MappedToIPv6 ? addresses[0].MapToIPv4() : addresses[0];
        var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private string? Refusal(string host, IPAddress address) =>
        AddressPolicy.RefusalReason(address) is { } reason && !(allowLoopback && IPAddress.IsLoopback(address))
            ? $"{host} points to {address} ({reason}), not a public address; GovBot never fetches those"
            : null;

    private sealed class RefusedAddressException(string message) : IOException(message);
}
