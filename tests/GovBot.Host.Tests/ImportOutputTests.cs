using GovBot.Cli.Verbs;
using GovBot.Ingestion.Import;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>`GovBot import` says, per file, what it stored (number, title, date, speakers, statements) or why it did not.</summary>
public sealed class ImportOutputTests
{
    [Fact]
    public async Task Importing_a_hostile_folder_prints_one_line_per_entry_and_finishes_quickly()
    {
        using var dir = new TempDirectory();
        using var folder = new HostileFolder();
        var env = GovBotProcess.Sandbox(dir);

        var result = await GovBotProcess.RunAsync(env, "import", folder.Root);

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string Line(string document) => Assert.Single(lines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == document);
        Assert.Matches(@"^added     good\.txt #\d+ — “Envoy note” · 2024-05-01 · Alexander Petrov · 1 statement$", Line("good.txt"));
        Assert.Matches(@"^added     latin1\.txt #\d+ — “Bonn note” · 2024-05-02 · Anna Keller · \d+ statements? · warning: not valid UTF-8 from byte \d+ \(0xE4\)", Line("latin1.txt"));
        Assert.StartsWith("refused   program.txt — binary content (a NUL byte at byte 7), not text", Line("program.txt"), StringComparison.Ordinal);
        Assert.StartsWith("refused   deep.html — HTML nested more than 512 elements deep", Line("deep.html"), StringComparison.Ordinal);
        Assert.StartsWith("skipped   pipe.txt — a FIFO (named pipe), not a regular file", Line("pipe.txt"), StringComparison.Ordinal);
        Assert.StartsWith("skipped   zero.txt — a symbolic link to a character device; links inside a folder are not followed", Line("zero.txt"), StringComparison.Ordinal);
        Assert.StartsWith("skipped   sub/loop — a symbolic link to a folder", Line("sub/loop"), StringComparison.Ordinal);
        Assert.Equal("2 added, 0 updated, 0 unchanged, 0 duplicates, 4 skipped, 2 refused, 0 failed (1 with warnings)", lines[^1]);
        Assert.Equal(2, result.ExitCode);

        var again = await GovBotProcess.RunAsync(env, "import", Path.Combine(folder.Root, "good.txt"));
        Assert.Matches(@"^unchanged good\.txt #\d+ — “Envoy note” · 2024-05-01 · Alexander Petrov · 1 statement\n", again.Out);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public void Lines_name_the_number_title_date_speakers_and_statements_or_the_reason()
    {
        var stored = new ImportResult("un/2018.txt", ImportOutcome.Added, 131, null)
        {
            Article = new ImportedArticle("Statement at the General Debate", null, ["Sergey Lavrov", "A", "B", "C", "D", "E"], 42),
        };
        Assert.Equal("added     un/2018.txt #131 — “Statement at the General Debate” · undated · Sergey Lavrov, A, B, C and 2 more · 42 statements",
            ImportReport.Line(stored));

        var twin = new ImportResult("copy.txt", ImportOutcome.Duplicate, 7, "same content as note.txt") { Article = new ImportedArticle("Note", "2024-01-01", [], 0) };
        Assert.Equal("duplicate copy.txt #7 — same content as note.txt: “Note” · 2024-01-01 · no named speakers · 0 statements", ImportReport.Line(twin));

        Assert.Equal("failed    nope — no such file or folder", ImportReport.Line(new ImportResult("nope", ImportOutcome.Failed, null, "no such file or folder")));

        Assert.Equal(0, ImportReport.ExitCode([stored, new ImportResult("x", ImportOutcome.Skipped, null, "a FIFO")]));
        Assert.Equal(2, ImportReport.ExitCode([stored, new ImportResult("x", ImportOutcome.Refused, null, "binary")]));
        Assert.Equal(3, ImportReport.ExitCode([new ImportResult("x", ImportOutcome.Refused, null, "binary"), new ImportResult("y", ImportOutcome.Failed, null, "gone")]));
    }
}
