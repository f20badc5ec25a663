namespace GovBot.Core.Features.Ask;

/// <summary>Why a question got no answer, so the reply can say which.</summary>
public enum RefusalReason
{
    /// <summary>The question was answered.</summary>
    None,

    /// <summary>The question is about a named person nobody on record matches.</summary>
    NotOnRecord,

    /// <summary>No stored statement is close in meaning to the question (the semantic score is below the bar).</summary>
    NothingCloseInMeaning,

    /// <summary>Meanings could not be compared (no model, or still loading), and no statement shares enough of the question's words.</summary>
    NoMatchingWords,
}
