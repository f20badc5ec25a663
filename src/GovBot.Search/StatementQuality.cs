using GovBot.Core.Domain;

namespace GovBot.Search;

/// <summary>
/// A prior for showing a speaker's statements without a query: whole direct sentences of readable length first, and
/// statements on the subject above greetings, thanks and procedure (<see cref="Core.Text.Substance"/>).
/// </summary>
internal static class StatementQuality
{
    public static double Of(Statement statement)
    {
        var length = statement.Text.Length;
        var lengthFactor = length switch
        {
            < 60 => length / 60.0,
            <= 450 => 1.0,
            _ => 450.0 / length,
        };
        var kindFactor = statement.Kind == QuoteKind.Direct ? 1.0 : 0.8;
        return lengthFactor * kindFactor * Core.Text.Substance.Of(statement.Text);
    }
}
