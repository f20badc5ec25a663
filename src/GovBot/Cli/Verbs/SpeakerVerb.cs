using GovBot.Core.Features.Speakers;

namespace GovBot.Cli.Verbs;

public sealed class SpeakerVerb : IVerb
{
    public string Name => "speaker";
    public string Usage => "speaker NAME";
    public string Description => "a speaker's profile: roles, country, statements, best quotes";

    public IReadOnlyList<string> Examples => ["speaker Long", "speaker putin", "speaker Neubrger"];

    public Task<int> RunAsync(ArgReader args, VerbContext context) =>
        Task.FromResult(ReplyVerb.Print(context, Name, args.Text, () => context.Get<SpeakerHandler>().Handle(args.Text)));
}
