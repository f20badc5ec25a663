using System.Net;
using System.Net.Sockets;
using GovBot.Core.Features.Articles;
using Microsoft.Extensions.Options;

namespace GovBot.Ingestion.Import;

/// <summary>
/// Fetches a page or file for a moderator without becoming a proxy into private networks: http(s) only; every host is
/// resolved and refused unless all its addresses are public, on the first request and on each redirect (at most 5);
/// the connection goes to the address that was checked; 10 s and 5 MB at most.
/// </summary>
public sealed class SafeDocumentFetcher : IDocumentFetcher, IDisposable
{
    public const int MaxRedirects = 5;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly HttpClient http;
    private readonly bool allowLoopback;

    public SafeDocumentFetcher(IOptions<ArticleFetchOptions> options)
    {
        allowLoopback = options.Value.AllowLoopbackForTests;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = Timeout,
            ConnectCallback = ConnectAsync,
            AutomaticDecompression = DecompressionMethods.All,
        };
        http = new HttpClient(handler) { Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("GovBot/1.0 (+article import)");
    }

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken ct)
    {
        var current = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (!current.IsAbsoluteUri || (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps))
            {
                return FetchedDocument.Refused($"only http and https addresses can be fetched, not {(current.IsAbsoluteUri ? current.Scheme : "a relative address")}");
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
            catch (HttpRequestException ex)
            {
                return FetchedDocument.Refused($"the page could not be fetched ({ex.Message})");
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                return FetchedDocument.Refused("the page took longer than 10 seconds");
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
        var refused = addresses.FirstOrDefault(a => !AddressPolicy.IsPublic(a) && !(allowLoopback && IPAddress.IsLoopback(a)));
        if (refused is not null)
        {
            throw new RefusedAddressException($"{context.DnsEndPoint.Host} points to a private, loopback, link-local or multicast address ({refused}), which GovBot never fetches");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(addresses[0], context.DnsEndPoint.Port), ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RefusedAddressException(string message) : IOException(message);
}
