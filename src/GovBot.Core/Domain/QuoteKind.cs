namespace GovBot.Core.Domain;

public enum QuoteKind
{
    Direct,
    Indirect,
}
