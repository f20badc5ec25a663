# syntax=docker/dockerfile:1
# GovBot: Discord bot + terminal verbs, backed by an embedded LiteDB store in the /data volume.
#
#   docker build -t govbot .
#   docker run -d --name govbot --restart unless-stopped -e Discord__Token=... -v govbot-data:/data govbot
#   docker run --rm -v govbot-data:/data govbot quote "arms race"     (with the bot stopped: it holds the store)

# ---- build -------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# lets a CI host prune superseded layers of this project only (podman image prune --filter label=org.govbot.project)
LABEL org.govbot.project=govbot
WORKDIR /src

# Restore from the project files only, so the restore layer is reused until a dependency changes.
# One line per src/*/*.csproj: a new project under src/ needs its line here, or publish --no-restore fails (NETSDK1004).
COPY GovBot.sln global.json Directory.Build.props Directory.Packages.props ./
COPY src/GovBot.Core/GovBot.Core.csproj           src/GovBot.Core/
COPY src/GovBot.Search/GovBot.Search.csproj       src/GovBot.Search/
COPY src/GovBot.Ingestion/GovBot.Ingestion.csproj src/GovBot.Ingestion/
COPY src/GovBot.Storage/GovBot.Storage.csproj     src/GovBot.Storage/
COPY src/GovBot.Discord/GovBot.Discord.csproj     src/GovBot.Discord/
COPY src/GovBot/GovBot.csproj                     src/GovBot/
# For linux-x64 only: ONNX Runtime (the sentence model's engine) ships native libraries for nine platforms, and an image
# needs one of them.
RUN dotnet restore src/GovBot/GovBot.csproj -r linux-x64

COPY src/ src/
RUN dotnet publish src/GovBot/GovBot.csproj -c Release -r linux-x64 --self-contained false -o /app/publish --no-restore

# ---- runtime -----------------------------------------------------------------------------------------------------
# aspnet, not runtime: the Discord transport (src/GovBot.Discord) references Microsoft.AspNetCore.App for its HTTP
# interactions endpoint, so the app will not even start on the plain runtime image (exit 150, framework missing).
FROM mcr.microsoft.com/dotnet/aspnet:10.0
LABEL org.govbot.project=govbot \
      org.opencontainers.image.title="GovBot" \
      org.opencontainers.image.description="What officials said on cyber governance: Discord bot and terminal tool"
WORKDIR /app

# The seed articles, imported into the store on first start: owned by root and read-only.
# /data holds govbot.db, govbot-log.db and the heartbeat file; it must be writable by the app user (UID $APP_UID).
# Beside them, their vectors (made by `GovBot vectors --export`), so a fresh store need not encode them before answering
# by meaning; a stale file only means the statements it lacks are encoded in the background.
COPY data/articles /app/data/articles
COPY data/vectors /app/data/vectors
RUN chmod -R a-w /app/data/articles /app/data/vectors \
 && mkdir -p /data \
 && chown "$APP_UID:$APP_UID" /data
VOLUME /data

# Last, because it changes most often.
COPY --from=build /app/publish /app/

ENV Storage__Path=/data/govbot.db \
    Seed__Path=/app/data/articles \
    Semantic__VectorsPath=/app/data/vectors \
    DOTNET_gcServer=0

USER $APP_UID

# Only Discord__Mode=Http listens (POST /interactions, GET /healthz; Discord__HttpListenUrl, default
# http://0.0.0.0:8080). The default gateway mode makes outbound connections only.
EXPOSE 8080

# `GovBot health` only reads the heartbeat file the connected bot touches; it never opens the store.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "/app/GovBot.dll", "health"]

# Exec form: dotnet is PID 1 and receives SIGTERM itself. No CMD: without a verb GovBot starts the bot;
# `docker run … govbot VERB ARGS` runs one terminal verb instead.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/GovBot.dll"]
