namespace GovBot.Core.Commands;

/// <summary>A form to open instead of answering (Discord shows it as a modal); its submission comes back to the command.</summary>
public sealed record ReplyModal(string Id, string Title, IReadOnlyList<ModalField> Fields);

public sealed record ModalField(string Id, string Label, bool Paragraph = false, bool Required = true, int MaxLength = 4000, string? Placeholder = null);
