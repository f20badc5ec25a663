using GovBot;
using GovBot.Cli;

// With a verb GovBot runs one terminal job and exits; without one it starts the bot host.
return args.Length > 0
    ? await VerbRouter.RunAsync(args, Console.Out, Console.Error, CancellationToken.None)
    : await BotHost.RunAsync(args, Console.Error);
