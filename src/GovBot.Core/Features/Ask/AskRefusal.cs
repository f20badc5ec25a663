namespace GovBot.Core.Features.Ask;

/// <summary>Why a question got no answer, so the reply can say so and point somewhere real.</summary>
public enum AskRefusal
{
    /// <summary>The question was answered.</summary>
    None,

    /// <summary>The question names a person nobody on record is called ("What did Barack Obama say …").</summary>
    NotOnRecord,

    /// <summary>The person is on record, but nothing they said is about what was asked.</summary>
    NothingBySpeaker,

    /// <summary>No stored statement is close in meaning to the question (the semantic score is below the bar).</summary>
    NothingCloseInMeaning,

    /// <summary>Meanings could not be compared (no model, or still loading), and no statement shares enough of the question's words.</summary>
    NoMatchingWords,
}
