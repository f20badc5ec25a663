using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovBot.Core.Features.Ask;

/// <summary>
/// Scores /ask on a question set: hit@1, hit@3 and MRR over answerable questions (a hit is an answer from any
/// document the question lists), and the share of unanswerable questions correctly refused.
/// </summary>
public static class AskEvaluation
{
    public sealed class Question
    {
        [JsonPropertyName("id")] public string Id { get; set; } = "";
        [JsonPropertyName("question")] public string Text { get; set; } = "";
        [JsonPropertyName("type")] public string Type { get; set; } = "";
        [JsonPropertyName("answerable")] public bool Answerable { get; set; }
        [JsonPropertyName("documents")] public List<string> Documents { get; set; } = [];
    }

    public sealed record Report(int Answerable, double HitAt1, double HitAt3, double Mrr, int Unanswerable, double Refused, IReadOnlyList<string> Misses)
    {
        /// <summary>Answerable questions missed from the top three, by why: refused, or answered from other documents only.</summary>
        public int AnswerableRefused { get; init; }

        public int AnsweredWrong { get; init; }

        /// <summary>Answerable questions whose first right answer is below the top three (shown, but too low to count as hit@3).</summary>
        public int RankedLow { get; init; }

        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "answerable questions: {0}  hit@1 {1:0.000}  hit@3 {2:0.000}  MRR {3:0.000}", Answerable, HitAt1, HitAt3, Mrr));
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "unanswerable questions: {0}  correctly refused {1:0.000}", Unanswerable, Refused));
            // Counts only, never questions: says whether refusals or ranking lose a held-out set's points without showing the set.
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "answerable misses from the top 3: {0} refused, {1} answered from other documents only, {2} ranked 4th or lower",
                AnswerableRefused, AnsweredWrong, RankedLow));
            return sb.ToString();
        }
    }

    /// <summary>Reads a question set: a JSON array of questions, or an object whose "questions" property is one.</summary>
    public static IReadOnlyList<Question> Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var array = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("questions", out var inner)
                ? inner
                : document.RootElement;
            var questions = array.ValueKind == JsonValueKind.Array ? array.Deserialize<List<Question>>() : null;
            return questions is { Count: > 0 } ? questions
                : throw new InvalidDataException($"{path} holds no questions: expected a JSON array of questions or an object with a \"questions\" array.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid question set: {ex.Message}", ex);
        }
    }

    public static Report Evaluate(AskHandler handler, IReadOnlyList<Question> questions)
    {
        int answerable = 0, hit1 = 0, hit3 = 0, unanswerable = 0, refused = 0, answerableRefused = 0, answeredWrong = 0, rankedLow = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var result = handler.Ask(question.Text);
            if (!question.Answerable)
            {
                unanswerable++;
                if (!result.Found)
                {
                    refused++;
                }
                else
                {
                    misses.Add($"{question.Id}: answered an unanswerable question with {result.Answers[0].Document}");
                }

                continue;
            }

            answerable++;
            var rank = result.Answers.Select((a, i) => (a, i)).FirstOrDefault(x => question.Documents.Any(d => Same(d, x.a.Document)), (null!, -1)).Item2;
            if (rank == 0)
            {
                hit1++;
            }

            if (rank is >= 0 and < 3)
            {
                hit3++;
            }

            reciprocal += rank >= 0 ? 1.0 / (rank + 1) : 0;
            answerableRefused += result.Found ? 0 : 1;
            answeredWrong += result.Found && rank < 0 ? 1 : 0;
            rankedLow += rank >= 3 ? 1 : 0;
            if (rank != 0)
            {
                misses.Add($"{question.Id}: {(rank < 0 ? (result.Found ? "wrong documents" : "refused") : $"first hit at rank {rank + 1}")} — {question.Text}" +
                           (result.Found ? $" (top: {result.Answers[0].Document})" : ""));
            }
        }

        return new Report(answerable, Ratio(hit1, answerable), Ratio(hit3, answerable), answerable == 0 ? 0 : reciprocal / answerable,
            unanswerable, Ratio(refused, unanswerable), misses)
        {
            AnswerableRefused = answerableRefused,
            AnsweredWrong = answeredWrong,
            RankedLow = rankedLow,
        };
    }

    private static bool Same(string expected, string document) =>
        document.Replace('\\', '/').EndsWith(expected.Replace('\\', '/'), StringComparison.Ordinal) ||
        expected.Replace('\\', '/').EndsWith(document.Replace('\\', '/'), StringComparison.Ordinal);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}
