using System.Text;
using AngleSharp.Html.Parser;

namespace GovBot.Ingestion.Import;

/// <summary>Reads the files GovBot imports: text and Markdown as they are, HTML turned into paragraphs of text.</summary>
public static class DocumentFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Deeper than any real page (they stay well under a hundred); parsing time grows with depth squared.</summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>Readability's time grows fast with page size; bigger pages are read block by block instead.</summary>
    public const int MaxReadabilityElements = 10_000;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>Strict UTF-8 decoding that keeps a byte-order mark as a character, so offsets match other UTF-8 readers.</summary>
    public static string Decode(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);

    public static string ReadText(string path, byte[] bytes)
    {
        var text = Decode(bytes);
        var extension = Path.GetExtension(path);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            ? HtmlToText(text)
            : text;
    }

    /// <summary>
    /// A web page as GovBot text: Readability (SmartReader) finds the article and its title, site and date, written as a
    /// metadata block; pages it cannot read fall back to every block of body text.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">The page is nested deeper than <see cref="MaxHtmlDepth"/>.</exception>
    public static string WebPageToText(string html, Uri url)
    {
        if (EnsureReadableHtml(html).Elements > MaxReadabilityElements)
        {
            return HtmlToText(html);
        }

        try
        {
            var article = new SmartReader.Reader(url.ToString(), html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
            {
                var sb = new StringBuilder();
                sb.Append("title: ").Append(Normalize(article.Title ?? "")).Append('\n');
                if (!string.IsNullOrWhiteSpace(article.SiteName))
                {
                    sb.Append("source: ").Append(Normalize(article.SiteName)).Append('\n');
                }

                if (article.PublicationDate is { } date)
                {
                    sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                }

                sb.Append("url: ").Append(url).Append("\n\n");
                foreach (var line in article.TextContent.Split('\n').Select(Normalize).Where(l => l.Length > 0))
                {
                    sb.Append(line).Append("\n\n");
                }

                return sb.ToString();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // Readability failed on this page; the plain block reading below still works.
        }

        return HtmlToText(html);
    }

    /// <summary>The page title as the first line, then one line per block of body text.</summary>
    /// <exception cref="UnreadableDocumentException">The page is nested deeper than <see cref="MaxHtmlDepth"/>.</exception>
    public static string HtmlToText(string html)
    {
        EnsureReadableHtml(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, nav, header, footer, aside, noscript, form"))
        {
            junk.Remove();
        }

        var sb = new StringBuilder();
        var title = document.QuerySelector("h1")?.TextContent ?? document.Title ?? "";
        sb.Append(Normalize(title)).Append('\n');
        var blocks = document.Body?.QuerySelectorAll("p, li, blockquote, h2, h3, h4") ?? Enumerable.Empty<AngleSharp.Dom.IElement>();
        foreach (var block in blocks)
        {
            if (block.ParentElement?.Closest("p, li, blockquote") is not null)
            {
                continue;
            }

            var line = Normalize(block.TextContent);
            if (line.Length > 0)
            {
                sb.Append('\n').Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A document's bytes for a one-off read (<c>extract</c>): only a regular file (a link to one is followed) of at
    /// most <see cref="MaxBytes"/>, so a FIFO or <c>/dev/zero</c> named like a document neither hangs nor fills memory.
    /// </summary>
    public static byte[] ReadDocument(string path)
    {
        var (kind, size) = FileProbe.Probe(path, followLinks: true);
        if (kind == FileKind.Missing)
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        if (kind != FileKind.Regular)
        {
            throw new IOException($"{path} is {FileProbe.Describe(kind)}, not a regular file; only regular files are read");
        }

        return (size > MaxBytes ? null : ReadAtMost(path, MaxBytes))
            ?? throw new IOException($"{path} is larger than {MaxBytes / (1024 * 1024)} MB");
    }

    /// <summary>Reads a regular file, or null when it holds more than <paramref name="maxBytes"/> (it may have grown since it was measured).</summary>
    public static byte[]? ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static HtmlShape EnsureReadableHtml(string html)
    {
        var shape = HtmlShape.Measure(html, stopAbove: MaxHtmlDepth);
        return shape.MaxDepth > MaxHtmlDepth
            ? throw new UnreadableDocumentException($"HTML nested more than {MaxHtmlDepth} elements deep, which no real page is; GovBot does not parse it")
            : shape;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
