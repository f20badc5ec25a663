using System.Text.RegularExpressions;
using GovBot.Cli;
using GovBot.Cli.Verbs;
using GovBot.Core.Features.Ask;
using GovBot.Tests.Shared;

namespace GovBot.Host.Tests;

/// <summary>Help for every verb, options checked before a verb runs, and a --help that covers what the README promises.</summary>
public sealed partial class VerbHelpTests
{
    [Fact]
    public async Task Every_verb_explains_itself_with_help_or_h_and_exits_0()
    {
        using var dir = new TempDirectory();
        var env = GovBotProcess.Sandbox(dir);
        foreach (var verb in VerbRouter.Verbs)
        {
            foreach (var flag in new[] { "--help", "-h" })
            {
                var result = await GovBotProcess.RunAsync(env, verb.Name, flag);
                Assert.True(result.ExitCode == 0, $"{verb.Name} {flag}: exit {result.ExitCode}: {result.Error}");
                Assert.Contains($"Usage: GovBot {verb.Usage}", result.Out, StringComparison.Ordinal);
                Assert.Contains("-h, --help", result.Out, StringComparison.Ordinal);
                foreach (var option in verb.OptionHelp)
                {
                    Assert.Contains(option.Syntax, result.Out, StringComparison.Ordinal);
                }
            }
        }

        // Help never opens the store: nothing was created.
        Assert.False(File.Exists(env["Storage__Path"]));
    }

    [Fact]
    public async Task Ask_h_shows_help_instead_of_answering_the_question_h()
    {
        using var dir = new TempDirectory();
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir), "ask", "-h");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--explain", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("No answer on record", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days", "whole number from 1 to 3650", "stats", "--days", "abc")]
    [InlineData("--limit", "whole number from 1 to 10", "quote", "--limit", "0", "cyber")]
    [InlineData("--format", "csv or json", "usage", "export", "--format", "xml")]
    [InlineData("--count", "whole number from 1 to 1000", "audit", "--count", "-3")]
    public async Task A_bad_option_value_exits_2_naming_the_option_and_the_values_it_takes(string option, string allowed, params string[] args)
    {
        using var dir = new TempDirectory();
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir), args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Contains(allowed, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Help_lists_every_option_the_readme_mentions_in_aligned_columns()
    {
        var result = await GovBotProcess.RunAsync(new Dictionary<string, string?>(), "--help");
        Assert.Equal(0, result.ExitCode);
        var readmeOptions = File.ReadLines(Path.Combine(RepoPaths.Root, "README.md"))
            .Where(l => l.StartsWith("| `GovBot", StringComparison.Ordinal))
            .SelectMany(l => Option().Matches(l).Select(m => m.Value))
            .Distinct()
            .ToList();
        Assert.Contains("--explain", readmeOptions);
        foreach (var option in readmeOptions)
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }

        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var columns = VerbRouter.Verbs.Select(v =>
        {
            var row = lines.FindIndex(l => l.StartsWith($"  GovBot {v.Usage}", StringComparison.Ordinal));
            Assert.True(row >= 0, v.Name);
            var at = lines[row].IndexOf(v.Description, StringComparison.Ordinal);
            return at >= 0 ? at : lines[row + 1].IndexOf(v.Description, StringComparison.Ordinal);
        }).ToList();
        Assert.Single(columns.Distinct());
    }

    [Fact]
    public void Every_flag_and_option_a_verb_accepts_is_explained_in_its_help()
    {
        foreach (var verb in VerbRouter.Verbs)
        {
            var explained = verb.OptionHelp.Select(o => o.Name).ToHashSet();
            Assert.True(verb.Flags.Concat(verb.Options).All(explained.Contains), verb.Name);
        }
    }

    [Fact]
    public async Task Ask_explain_reads_the_question_back_in_words()
    {
        using var dir = new TempDirectory();
        var result = await GovBotProcess.RunAsync(GovBotProcess.Sandbox(dir), "ask", "--explain", "What did Long Zhou say about cyberspace before 2019?");
        // Once, under heavy load, this came back empty: the exit code and standard error say why if it happens again.
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains("How the question was read:", result.Out, StringComparison.Ordinal);
        Assert.Contains("speaker:     Long Zhou" + Environment.NewLine, result.Out, StringComparison.Ordinal);
        Assert.Contains("looking for: what was said", result.Out, StringComparison.Ordinal);
        Assert.Contains("2018 or earlier", result.Out, StringComparison.Ordinal);
        Assert.Contains("about:       “cyberspace”", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("names [", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_explain_says_how_close_in_meaning_the_closest_statement_was_and_what_was_set_aside()
    {
        var parsed = QuestionParser.Parse("Does Beijing's top cyber envoy think sanctions work?", new DateOnly(2026, 1, 1));
        var result = new AskResult("q", parsed, [], [])
        {
            Meaning = new MeaningCheck(0.28, 0.30, WordEvidence.NoneShared),
            SetAside = ["the role"],
        };

        var text = AskExplanation.Of(result);

        Assert.Contains("role:", text, StringComparison.Ordinal);
        Assert.Contains("set aside:   the role: nothing answered with it", text, StringComparison.Ordinal);
        Assert.Contains("the closest statement scores 0.28; 0.30 was needed, since no statement shares its words", text, StringComparison.Ordinal);
        Assert.Contains("not close enough, so nothing answers", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_explain_shows_the_question_in_the_record_s_words_when_it_had_everyday_ones()
    {
        var question = "Who wants server farms to pay less?";
        var result = new AskResult(question, QuestionParser.Parse(question, new DateOnly(2026, 1, 1)), [], []) { ReadAs = GovBot.Core.Text.PlainWords.Rewrite(question) };

        var text = AskExplanation.Of(result);

        Assert.Contains("read as:     “Who wants data centers to pay less?”", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"--[a-z][a-z-]+")]
    private static partial Regex Option();
}
