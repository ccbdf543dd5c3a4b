# ActorGraph's worker image: the actorgraph command line and the sample corpus, run as a non-root user.
# The entry point is `actorgraph worker`; settings come from ActorGraph__Worker__* variables (see docker-compose.yml).
# Build: docker build -t actorgraph .     Used by docker-compose.yml (service "worker").

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, so source edits do not invalidate the package layer.
COPY Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/Directory.Build.props src/
COPY src/ActorGraph.Core/ActorGraph.Core.csproj src/ActorGraph.Core/
COPY src/ActorGraph.Ingestion/ActorGraph.Ingestion.csproj src/ActorGraph.Ingestion/
COPY src/ActorGraph.Extraction/ActorGraph.Extraction.csproj src/ActorGraph.Extraction/
COPY src/ActorGraph.Query/ActorGraph.Query.csproj src/ActorGraph.Query/
COPY src/ActorGraph.Storage.Embedded/ActorGraph.Storage.Embedded.csproj src/ActorGraph.Storage.Embedded/
COPY src/ActorGraph.Storage.Neo4j/ActorGraph.Storage.Neo4j.csproj src/ActorGraph.Storage.Neo4j/
COPY src/ActorGraph.Analytics.Neo4jGds/ActorGraph.Analytics.Neo4jGds.csproj src/ActorGraph.Analytics.Neo4jGds/
COPY src/ActorGraph.Hosting/ActorGraph.Hosting.csproj src/ActorGraph.Hosting/
COPY src/ActorGraph.Export/ActorGraph.Export.csproj src/ActorGraph.Export/
COPY src/ActorGraph.Worker/ActorGraph.Worker.csproj src/ActorGraph.Worker/
COPY src/ActorGraph.Cli/ActorGraph.Cli.csproj src/ActorGraph.Cli/
RUN dotnet restore src/ActorGraph.Cli/ActorGraph.Cli.csproj
COPY src/ src/
COPY cypher/ cypher/
RUN dotnet publish src/ActorGraph.Cli/ActorGraph.Cli.csproj -c Release --no-restore -o /out

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY samples/ /app/samples/
# The image's unprivileged user (APP_UID is set by the .NET base images).
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/actorgraph.dll", "worker"]
