using System.Text;
using GovBot.Ingestion;

namespace GovBot.Ingestion.Tests;

/// <summary>Hostile or broken text gives a sensible analysis, never a hang or a crash.</summary>
public sealed class BadInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> Inputs() => new()
    {
        { "empty", "" },
        { "whitespace", " \n\n\t \r\n" },
        { "only quotation marks", new string('"', 5000) + "“”“”" },
        { "unbalanced quotes", "Title\n\n\"This quote never closes, he said.\n\n“Nor does this one\n\nShe said \"" },
        { "mixed scripts and right-to-left", "عنوان\n\nقال الوزير \"الأمن السيبراني أولوية\" 他说：“网络空间命运共同体”。 Он сказал: «Это важно», — добавил Лавров." },
        { "windows line endings", "Title\r\n\r\n\"We will act now on this,\" the minister said.\r\n" },
        { "byte order mark", "\uFEFFTitle\n\nJane Doe said the plan would work for everyone." },
        { "control characters", "Title\n\n\0\u0001\u0002 said \u0007 \"\u0000 words here now\" \u001b" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analysis_finishes_with_offsets_inside_the_text(string _, string text)
    {
        var analysis = RunWithin(() => new ArticleAnalyzer().Analyze(text), Limit);
        Assert.All(analysis.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
    }

    [Fact]
    public void Five_megabytes_without_punctuation_finishes()
    {
        var sb = new StringBuilder("Title\n\n");
        var words = new[] { "cyber", "norms", "States", "said", "Long", "the", "of", "Minister" };
        for (var i = 0; sb.Length < 5 * 1024 * 1024; i++)
        {
            sb.Append(words[i % words.Length]).Append(' ');
        }

        var analysis = RunWithin(() => new ArticleAnalyzer().Analyze(sb.ToString()), TimeSpan.FromSeconds(60));
        Assert.NotNull(analysis.Summary);
    }

    private static T RunWithin<T>(Func<T> work, TimeSpan limit)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(limit), $"analysis did not finish within {limit}");
        return task.Result;
    }
}
