using GovBot.Ingestion.Parsing;

namespace GovBot.Ingestion.Tests;

public sealed class DocumentParserTests
{
    [Fact]
    public void A_metadata_block_gives_title_source_date_url_and_licence()
    {
        const string text = "title: Remarks on cyber norms\nsource: The White House, Briefing Room (speeches); text via GitHub x\ndate: 2021-05-13\nurl: https://example.org/a\nlicence: Public domain\n\nFirst paragraph.\n\nSecond paragraph.\n";
        var doc = DocumentParser.Parse(text);
        Assert.Equal("Remarks on cyber norms", doc.Header.Title);
        Assert.Equal("The White House", doc.Header.Source);
        Assert.Equal("2021-05-13", doc.Header.Date);
        Assert.Equal("https://example.org/a", doc.Header.Url);
        Assert.Equal("Public domain", doc.Header.Licence);
        Assert.Equal(["First paragraph.", "Second paragraph."], doc.Paragraphs.Select(p => p.Of(text)));
    }

    [Fact]
    public void Raw_wire_copy_gives_byline_dateline_and_drops_furniture()
    {
        const string text = "Envoy urges talks\nReuters, March 3, 2021 Adjust font size:\nMOSCOW, March 2 (Reuters) -- An envoy said talks must resume.\nHe added more. Enditem";
        var doc = DocumentParser.Parse(text);
        Assert.Equal("Envoy urges talks", doc.Header.Title);
        Assert.Equal("Reuters", doc.Header.Source);
        Assert.Equal("2021-03-03", doc.Header.Date);
        Assert.Equal("Moscow", doc.Header.Place);
        Assert.Equal(["An envoy said talks must resume.", "He added more."], doc.Paragraphs.Select(p => p.Of(text)));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_keep_offsets_exact()
    {
        const string text = "\uFEFFtitle: T\r\nsource: S\r\ndate: 2020\r\n\r\nOne.\r\n\r\nTwo.\r\n";
        var doc = DocumentParser.Parse(text);
        Assert.Equal("T", doc.Header.Title);
        Assert.Equal("2020", doc.Header.Date);
        Assert.Equal(["One.", "Two."], doc.Paragraphs.Select(p => p.Of(text)));
    }

    [Theory]
    [InlineData("Reuters", "The White House, Briefing Room (press-briefings); text via GitHub", "The White House")]
    [InlineData("UNGDC", "United Nations General Debate Corpus (UNGDC; Jankin, Baturo & Dasandi), file x", "United Nations General Debate Corpus")]
    [InlineData("Kremlin", "President of Russia, en.kremlin.ru, Events > News (item 1)", "President of Russia")]
    public void Long_source_lines_shorten_to_the_publisher(string _, string source, string expected) =>
        Assert.Equal(expected, DocumentParser.ShortSource(source));
}

public sealed class HtmlImportTests
{
    [Fact]
    public void Html_becomes_a_headline_and_one_paragraph_per_block_without_page_furniture()
    {
        const string html = """
            <html><head><title>Site | Envoy speaks</title><script>var x = "said";</script></head>
            <body><nav>Home | News</nav><h1>Envoy urges cyber talks</h1>
            <p>GENEVA, March 2 (Reuters) -- An envoy said the talks must resume soon.</p>
            <p>"We cannot wait any longer for rules," she said.</p><footer>© 2024</footer></body></html>
            """;
        var text = GovBot.Ingestion.Import.DocumentFiles.HtmlToText(html);
        Assert.StartsWith("Envoy urges cyber talks\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | News", text, StringComparison.Ordinal);
        var analysis = new GovBot.Ingestion.ArticleAnalyzer().Analyze(text, "page.html");
        Assert.Equal("Envoy urges cyber talks", analysis.Title);
        Assert.Contains(analysis.Quotes, q => q.Text.StartsWith("We cannot wait", StringComparison.Ordinal));
    }
}
