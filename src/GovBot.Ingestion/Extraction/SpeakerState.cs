namespace GovBot.Ingestion.Extraction;

/// <summary>Who spoke last, so pronouns, definite descriptions and floating quotes can follow the thread of an article.</summary>
internal sealed class SpeakerState
{
    public string? LastSpeaker { get; private set; }
    public Person? LastPerson { get; private set; }
    public int LastParagraph { get; private set; } = -10;

    public void Spoke(string speaker, Person? person, int paragraph)
    {
        LastSpeaker = speaker;
        LastPerson = person;
        LastParagraph = paragraph;
    }
}
