namespace GovBot.Core.Features.Ask;

public enum QuestionType
{
    /// <summary>What did X say about Y?</summary>
    What,

    /// <summary>Who said …? The speaker comes first in the answer.</summary>
    Who,

    /// <summary>Has anyone said …?</summary>
    HasAnyone,

    /// <summary>When did X say …? The date comes first.</summary>
    When,
}
