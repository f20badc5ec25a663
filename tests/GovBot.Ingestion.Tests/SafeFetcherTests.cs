using System.Net;
using System.Text;
using GovBot.Ingestion.Import;
using Microsoft.Extensions.Options;

namespace GovBot.Ingestion.Tests;

/// <summary>The fetch guard against server-side request forgery. Refused addresses are refused before any connection.</summary>
[Collection(FetcherCollection.Name)]
public sealed class SafeFetcherTests : IDisposable
{
    private readonly HttpListener server = new();
    private readonly string baseUrl;
    private readonly Task serving;

    public SafeFetcherTests()
    {
        var port = FreePort();
        baseUrl = $"http://127.0.0.1:{port}/";
        server.Prefixes.Add(baseUrl);
        server.Start();
        serving = Task.Run(ServeAsync);
    }

    private static SafeDocumentFetcher Fetcher(bool loopback) =>
        new(Options.Create(new ArticleFetchOptions { AllowLoopbackForTests = loopback }), TimeProvider.System);

    private const string NotPublic = "not a public address";

    [Theory]
    [InlineData("http://127.0.0.1/", "(loopback), " + NotPublic)]
    [InlineData("http://169.254.169.254/latest/meta-data/", "(link-local), " + NotPublic)]
    [InlineData("http://[::1]/", "(loopback), " + NotPublic)]
    [InlineData("http://10.0.0.1/", "(private network), " + NotPublic)]
    [InlineData("http://192.168.1.1/", "(private network), " + NotPublic)]
    [InlineData("http://[::127.0.0.1]/", "(IPv4-compatible (deprecated)), " + NotPublic)]
    [InlineData("http://[::ffff:10.0.0.1]/", "(IPv4-mapped 10.0.0.1, private network), " + NotPublic)]
    [InlineData("http://[64:ff9b::a00:1]/", "(NAT64 translation), " + NotPublic)]
    [InlineData("http://[2002:a00:1::1]/", "(6to4 tunnelling), " + NotPublic)]
    [InlineData("http://198.51.100.20/", "(documentation), " + NotPublic)]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("ftp://example.org/file.txt", "only http and https")]
    public async Task Private_and_non_http_addresses_are_refused_with_a_reason(string url, string reason)
    {
        using var fetcher = Fetcher(loopback: false);
        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);
        Assert.False(result.Ok);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_on_an_allowed_address_is_fetched_and_read_as_an_article()
    {
        using var fetcher = Fetcher(loopback: true);
        var result = await fetcher.FetchAsync(new Uri(baseUrl + "article"), CancellationToken.None);
        Assert.True(result.Ok, result.Refusal);
        Assert.Equal("page.html", result.FileName);
        var text = DocumentFiles.WebPageToText(DocumentFiles.Decode(result.Bytes!), new Uri(baseUrl + "article"));
        Assert.Contains("We will not accept attacks on hospitals", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redirect-to-metadata", NotPublic)]
    [InlineData("redirect-to-ftp", "only http and https")]
    [InlineData("redirect-loop", "more than 5 redirects")]
    [InlineData("huge", "larger than 5 MB")]
    public async Task Redirects_are_checked_at_every_hop_and_size_is_capped(string path, string reason)
    {
        using var fetcher = Fetcher(loopback: true);
        var result = await fetcher.FetchAsync(new Uri(baseUrl + path), CancellationToken.None);
        Assert.False(result.Ok);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://[::127.0.0.1]/", "IPv4-compatible")]
    [InlineData("http://[::ffff:10.0.0.1]/", "IPv4-mapped 10.0.0.1, private network")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data/", "IPv4-mapped 169.254.169.254, link-local")]
    [InlineData("http://[64:ff9b::7f00:1]/", "NAT64")]
    [InlineData("http://[64:ff9b:1::a00:1]/", "local NAT64")]
    [InlineData("http://[2002:7f00:1::1]/", "6to4")]
    [InlineData("http://192.0.2.10/", "documentation")]
    [InlineData("http://198.51.100.10/", "documentation")]
    [InlineData("http://203.0.113.10/", "documentation")]
    [InlineData("http://[2001:db8::10]/", "documentation")]
    [InlineData("http://100.64.0.10/", "carrier-grade NAT")]
    [InlineData("http://198.18.0.10/", "benchmarking")]
    [InlineData("http://224.0.0.251/", "multicast")]
    [InlineData("http://[ff02::fb]/", "multicast")]
    [InlineData("http://255.255.255.255/", "broadcast")]
    [InlineData("http://240.0.0.10/", "reserved")]
    [InlineData("http://0.0.0.0/", "this network")]
    [InlineData("http://[2001::10]/", "Teredo")]
    [InlineData("http://[2001:20::10]/", "ORCHIDv2")]
    [InlineData("http://192.0.0.170/", "IETF protocol assignment")]
    [InlineData("http://[fd00::10]/", "unique-local")]
    [InlineData("http://[fe80::10]/", "link-local")]
    [InlineData("http://[fec0::10]/", "site-local")]
    [InlineData("http://10.1.2.3/", "private network")]
    [InlineData("http://172.20.0.1/", "private network")]
    public async Task A_redirect_to_any_refused_class_is_refused(string target, string reason)
    {
        using var fetcher = Fetcher(loopback: true);
        var result = await fetcher.FetchAsync(new Uri(baseUrl + "redirect-to?" + Uri.EscapeDataString(target)), CancellationToken.None);
        Assert.False(result.Ok, $"the redirect to {target} was followed");
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
        Assert.Contains(NotPublic, result.Refusal, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        // Close alone: Stop then Close gives the port back twice, and the second time binds it again, which fails with
        // "address already in use" when a test running beside this one has taken the port meanwhile.
        server.Close();
        _ = serving;
    }

    private async Task ServeAsync()
    {
        while (server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await server.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var response = context.Response;
            switch (context.Request.Url!.AbsolutePath.Trim('/'))
            {
                case "article":
                    var page = Encoding.UTF8.GetBytes("""
                        <html><head><title>Minister warns on hospital attacks</title></head><body><article>
                        <h1>Minister warns on hospital attacks</h1>
                        <p>BERLIN (Reuters) - Germany's interior minister Anna Keller said on Monday that the government would answer ransomware attacks on hospitals with sanctions.</p>
                        <p>"We will not accept attacks on hospitals," Keller told reporters. "Those behind them will be named and they will pay a price for it."</p>
                        <p>The ministry said more than forty clinics had been hit in the past year, many of them in rural areas with few specialists.</p>
                        </article></body></html>
                        """);
                    response.ContentType = "text/html; charset=utf-8";
                    await response.OutputStream.WriteAsync(page);
                    break;
                case "redirect-to-metadata":
                    response.Redirect("http://169.254.169.254/latest/meta-data/");
                    break;
                case "redirect-to":
                    response.Redirect(Uri.UnescapeDataString(context.Request.Url.Query.TrimStart('?')));
                    break;
                case "redirect-to-ftp":
                    response.Redirect("ftp://example.org/x.txt");
                    break;
                case "redirect-loop":
                    response.Redirect(baseUrl + "redirect-loop");
                    break;
                case "huge":
                    response.ContentType = "text/plain";
                    var chunk = new byte[1024 * 1024];
                    Array.Fill(chunk, (byte)'a');
                    try
                    {
                        for (var i = 0; i < 6; i++)
                        {
                            await response.OutputStream.WriteAsync(chunk);
                        }
                    }
                    catch (HttpListenerException)
                    {
                        // The fetcher stops reading past 5 MB.
                    }

                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }

            try
            {
                response.Close();
            }
            catch (HttpListenerException)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
