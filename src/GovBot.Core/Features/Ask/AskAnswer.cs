namespace GovBot.Core.Features.Ask;

/// <summary>One stored statement that answers a question, with the fields the answer is built from.</summary>
public sealed record AskAnswer(
    string Document,
    string Title,
    string Speaker,
    string? Role,
    string? Country,
    string Text,
    string? Source,
    string? Date,
    string? Url,
    double Score)
{
    /// <summary>Direct speech (verbatim) or reported speech (the source's account of what was said).</summary>
    public Domain.QuoteKind Kind { get; init; } = Domain.QuoteKind.Direct;
}

/// <summary>The answers to a question (best first), or none when no stored statement answers it.</summary>
public sealed record AskResult(string Question, ParsedQuestion Parsed, IReadOnlyList<AskAnswer> Answers, IReadOnlyList<string> Suggestions)
{
    public bool Found => Answers.Count > 0;

    /// <summary>Why nothing answers, when nothing does.</summary>
    public AskRefusal Refusal { get; init; }

    /// <summary>Who or what the refusal is about: the name nobody has, the speaker on record, or the topic asked.</summary>
    public string? RefusedSubject { get; init; }

    /// <summary>For <see cref="AskRefusal.NothingBySpeaker"/>: what was asked of the speaker, less their name.</summary>
    public string? RefusedTopic { get; init; }

    /// <summary>For <see cref="AskRefusal.NothingBySpeaker"/>: how many statements the speaker has on record.</summary>
    public int SpeakerStatements { get; init; }

    /// <summary>What the question's words said about an answer, which set how close in meaning one had to be (null when meaning was not compared).</summary>
    public WordEvidence? Evidence => Meaning?.Evidence;

    /// <summary>How close in meaning the closest statement was, and how close it had to be (null when meaning was not compared).</summary>
    public MeaningCheck? Meaning { get; init; }

    /// <summary>The speakers on record the question was read to name, as the record names them.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>The constraints set aside because nothing answered under them ("the role", "the year").</summary>
    public IReadOnlyList<string> SetAside { get; init; } = [];

    /// <summary>The question with its everyday phrases in the record's words ("server farms" → "data centers"), when it had any.</summary>
    public string? ReadAs { get; init; }

    /// <summary>Near spellings of the question's words that the record holds ("ransomeware" → "ransomware").</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];
}

/// <summary>The closest statement's similarity to the question and the bar it had to reach, set by what the words said.</summary>
public sealed record MeaningCheck(double Closest, double Needed, WordEvidence Evidence);
