using System.Net;
using System.Text;
using GovBot.Ingestion.Import;
using Microsoft.Extensions.Options;

namespace GovBot.Ingestion.Tests;

/// <summary>The fetch guard against server-side request forgery. Refused addresses are refused before any connection.</summary>
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
        new(Options.Create(new ArticleFetchOptions { AllowLoopbackForTests = loopback }));

    [Theory]
    [InlineData("http://127.0.0.1/", "private, loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "private, loopback")]
    [InlineData("http://[::1]/", "private, loopback")]
    [InlineData("http://10.0.0.1/", "private, loopback")]
    [InlineData("http://192.168.1.1/", "private, loopback")]
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
    [InlineData("redirect-to-metadata", "private, loopback")]
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

    public void Dispose()
    {
        server.Stop();
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
