namespace GovBot.Ingestion.Extraction;

/// <summary>Who spoke last, so pronouns, definite descriptions and floating quotes can follow the thread of an article.</summary>
internal sealed class SpeakerState
{
    public string? LastSpeaker { get; private set; }
    public Person? LastPerson { get; private set; }
    public int LastParagraph { get; private set; } = -10;

    /// <summary>Where the last statement ends in the text, or -1 when not known.</summary>
    public int LastEnd { get; private set; } = -1;

    public void Spoke(string speaker, Person? person, int paragraph, int end = -1)
    {
        LastSpeaker = speaker;
        LastPerson = person;
        LastParagraph = paragraph;
        LastEnd = end;
    }
}
