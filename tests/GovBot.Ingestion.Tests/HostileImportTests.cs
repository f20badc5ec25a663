using System.Diagnostics;
using System.Text;
using GovBot.Ingestion.Import;
using GovBot.Tests.Shared;

namespace GovBot.Ingestion.Tests;

/// <summary>Hostile folders and files are walked, examined and refused quickly, without opening what is not a regular file.</summary>
public sealed class HostileImportTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    [Fact]
    public void File_kinds_are_told_apart_without_opening_them()
    {
        using var folder = new HostileFolder();
        Assert.Equal(FileKind.Regular, FileProbe.Probe(Path.Combine(folder.Root, "good.txt"), followLinks: false).Kind);
        Assert.Equal(HostileFolder.GoodText.Length, FileProbe.Probe(Path.Combine(folder.Root, "good.txt"), followLinks: false).Size);
        Assert.Equal(FileKind.Directory, FileProbe.Probe(folder.Root, followLinks: false).Kind);
        Assert.Equal(FileKind.Fifo, FileProbe.Probe(Path.Combine(folder.Root, "pipe.txt"), followLinks: false).Kind);
        Assert.Equal(FileKind.SymbolicLink, FileProbe.Probe(Path.Combine(folder.Root, "zero.txt"), followLinks: false).Kind);
        Assert.Equal(FileKind.CharacterDevice, FileProbe.Probe(Path.Combine(folder.Root, "zero.txt"), followLinks: true).Kind);
        Assert.Equal(FileKind.Directory, FileProbe.Probe(Path.Combine(folder.Root, "sub", "loop"), followLinks: true).Kind);
        Assert.Equal(FileKind.Missing, FileProbe.Probe(Path.Combine(folder.Root, "nope.txt"), followLinks: true).Kind);
    }

    [Fact]
    public async Task A_walk_reads_only_regular_files_and_never_follows_a_link()
    {
        using var folder = new HostileFolder();
        var walk = await Task.Run(() => DocumentTree.Walk(folder.Root)).WaitAsync(Quick);
        var entries = walk.ToDictionary(e => e.Key);

        Assert.Equal(["deep.html", "good.txt", "latin1.txt", "pipe.txt", "program.txt", "sub/again", "sub/loop", "zero.txt"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Null(entries["good.txt"].NotRead);
        Assert.Null(entries["program.txt"].NotRead);
        Assert.Equal(ImportOutcome.Skipped, entries["pipe.txt"].NotRead?.Outcome);
        Assert.Contains("FIFO", entries["pipe.txt"].NotRead?.Message, StringComparison.Ordinal);
        Assert.Contains("a symbolic link to a character device", entries["zero.txt"].NotRead?.Message, StringComparison.Ordinal);
        Assert.Contains("a symbolic link to a folder; links inside a folder are not followed", entries["sub/loop"].NotRead?.Message, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Skipped, entries["sub/again"].NotRead?.Outcome);
    }

    [Fact]
    public void A_binary_renamed_txt_is_refused_by_its_content()
    {
        var check = ContentCheck.Of(HostileFolder.ElfLike());
        Assert.Contains("binary content (a NUL byte at byte 7)", check.Refusal, StringComparison.Ordinal);

        var noNul = HostileFolder.ElfLike().Select(b => b == 0 ? (byte)1 : b).ToArray();
        Assert.Contains("control characters", ContentCheck.Of(noNul).Refusal, StringComparison.Ordinal);
        Assert.Contains("UTF-16", ContentCheck.Of(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title")).ToArray()).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_text_with_a_stray_control_character_is_still_text()
    {
        var text = Encoding.UTF8.GetBytes("Title\r\n\r\n\tThe minister said \u001b the plan — “bold” — would work, café and 網絡 included.\f\n");
        Assert.Equal(new ContentCheck(null, null), ContentCheck.Of(text));
    }

    [Fact]
    public void Invalid_utf8_is_read_with_a_warning_naming_the_first_bad_byte()
    {
        var check = ContentCheck.Of(HostileFolder.Latin1);
        Assert.Null(check.Refusal);
        Assert.Contains($"not valid UTF-8 from byte {HostileFolder.Latin1BadOffset} (0xE4)", check.Warning, StringComparison.Ordinal);

        byte[] truncated = [.. "ok "u8, 0xE2, 0x82];
        Assert.Equal(3, ContentCheck.FirstInvalidUtf8(truncated));
        Assert.Equal(-1, ContentCheck.FirstInvalidUtf8("fine — ok"u8));
    }

    [Fact]
    public void Two_megabytes_of_nested_divs_are_refused_in_well_under_a_second()
    {
        var html = HostileFolder.DeepHtml(2 * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var refused = Assert.Throws<UnreadableDocumentException>(() => DocumentFiles.HtmlToText(html));
        Assert.Contains("nested more than 512", refused.Message, StringComparison.Ordinal);
        Assert.Throws<UnreadableDocumentException>(() => DocumentFiles.WebPageToText(html, new Uri("https://example.org/")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("<div x\">")]
    [InlineData("<div/>")]
    [InlineData("<b>")]
    [InlineData("<div class='a'>")]
    public void Nesting_that_a_parser_would_build_is_counted(string open)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, 600)) + "text</body></html>";
        Assert.True(HtmlShape.Measure(html).MaxDepth >= 600);
        Assert.Throws<UnreadableDocumentException>(() => DocumentFiles.HtmlToText(html));
    }

    [Fact]
    public void A_web_page_too_big_for_readability_is_read_block_by_block_instead()
    {
        var body = string.Concat(Enumerable.Range(0, 12_000).Select(i => $"<p>Paragraph {i}: the minister said the plan would work.</p>"));
        var html = $"<html><head><title>Big page</title></head><body><article><h1>Big page</h1>{body}</article></body></html>";
        var clock = Stopwatch.StartNew();
        var text = DocumentFiles.WebPageToText(html, new Uri("https://example.org/big"));
        Assert.StartsWith("Big page\n", text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 11999: the minister said the plan would work.", text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Real_pages_with_many_unclosed_paragraphs_and_svg_icons_are_read()
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><title>T</title><script>if (a<b) { x = '<div>'.repeat(9999); }</script></head><body>");
        sb.Append(string.Concat(Enumerable.Repeat("<div><section>", 40)));
        for (var i = 0; i < 2000; i++)
        {
            sb.Append("<p>Paragraph ").Append(i).Append(" said the minister<li>item<br><img src=x><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><circle r=\"1\"/></svg>");
        }

        sb.Append("<!-- <div><div><div> --><table><tr><td>cell<td>cell</table>");
        sb.Append(string.Concat(Enumerable.Repeat("</section></div>", 40))).Append("</body></html>");
        var shape = HtmlShape.Measure(sb.ToString());
        Assert.InRange(shape.MaxDepth, 80, 90);
        Assert.Contains("Paragraph 1999 said the minister", DocumentFiles.HtmlToText(sb.ToString()), StringComparison.Ordinal);
    }
}
