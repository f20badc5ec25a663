using GovBot.Core.Analysis;
using GovBot.Core.Commands;
using GovBot.Core.Features.Ask;
using GovBot.Core.Features.Help;
using GovBot.Core.Domain;
using GovBot.Core.Features.Quotes;
using GovBot.Core.Features.Speakers;
using GovBot.Core.Features.Summaries;
using GovBot.Core.Features.Usage;
using GovBot.Core.Search;
using GovBot.Health;
using GovBot.Ingestion;
using GovBot.Ingestion.Import;
using GovBot.Search;
using GovBot.Seeding;
using GovBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovBot;

public static class HostingExtensions
{
    /// <summary>Everything but the Discord transport: store, index, extraction, handlers and usage.</summary>
    public static IHostApplicationBuilder AddGovBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new GovBotDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<LiteArticleStore>();
        services.AddSingleton<IArticleStore>(sp => new CachingArticleStore(sp.GetRequiredService<LiteArticleStore>()));
        services.AddSingleton<IUsageLog, LiteUsageLog>();
        services.AddSingleton<IAuditLog, LiteAuditLog>();
        services.AddOptions<Semantic.SemanticOptions>().BindConfiguration(Semantic.SemanticOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IVectorStore, LiteVectorStore>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Semantic.SemanticOptions>>().Value.CreateEncoder());
        services.AddSingleton(sp =>
        {
            var semantic = sp.GetRequiredService<IOptions<Semantic.SemanticOptions>>().Value;
            var encoder = sp.GetRequiredService<Search.Semantic.ISentenceEncoder>();
            return new Search.Semantic.StatementVectors(encoder, sp.GetRequiredService<IVectorStore>(),
                Search.Semantic.ShippedVectorFile.PathFor(Path.GetFullPath(semantic.VectorsPath), encoder.ModelId));
        });
        services.AddSingleton<IKnowledgeIndex>(sp => new KnowledgeIndex(sp.GetRequiredService<Search.Semantic.StatementVectors>()));
        services.AddHostedService<Semantic.VectorBackfillService>();
        services.AddSingleton<IArticleAnalyzer, ArticleAnalyzer>();
        services.AddSingleton<ArticleImporter>();
        services.AddOptions<ArticleFetchOptions>().BindConfiguration(ArticleFetchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Core.Features.Articles.IDocumentFetcher, SafeDocumentFetcher>();
        services.AddSingleton<Core.Features.Articles.IArticleIntake, ArticleIntake>();
        services.AddSingleton<Core.Features.Articles.PendingArticles>();
        services.AddSingleton<DatabaseSeeder>();
        services.AddSingleton<HeartbeatFile>();

        services.AddOptions<UsageOptions>().BindConfiguration(UsageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserIdHasher>();
        services.AddSingleton<UsageRetention>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<QuoteHandler>();
        services.AddSingleton<SummaryHandler>();
        services.AddSingleton<SpeakerHandler>();
        services.AddSingleton<StatsHandler>();
        services.AddSingleton<ISlashCommand, QuoteCommand>();
        services.AddSingleton<ISlashCommand, SummaryCommand>();
        services.AddSingleton<ISlashCommand, SpeakerCommand>();
        services.AddSingleton<ISlashCommand, HelpCommand>();
        services.AddSingleton<AskHandler>();
        services.AddSingleton<ISlashCommand, AskCommand>();
        services.AddSingleton<ISlashCommand, StatsCommand>();
        services.AddSingleton<ISlashCommand, Core.Features.Articles.ArticleCommand>();
        services.AddSingleton<ISlashCommand, Core.Features.Audit.AuditCommand>();
        services.AddSingleton<ISlashCommand, Core.Features.Curation.CurateCommand>();
        return builder;
    }

    public static HostApplicationBuilder CreateBuilder(string[] args, bool quietConsole)
    {
        // Content root is the app folder so appsettings.json is found from any working directory;
        // relative data paths still resolve against the working directory.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("GOVBOT_");
        if (quietConsole)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = Microsoft.Extensions.Logging.LogLevel.Trace);
            builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
        }

        builder.AddGovBot();
        return builder;
    }
}
