using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorGraph.Testing;

/// <summary>One finding of Neo4j's Cypher front end.</summary>
public sealed record CypherDiagnostic(string Statement, string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Statement}:{Line}:{Column}: {Severity}: {Message}";
}

/// <summary>The labels, relationship types and property keys a statement may use; anything else is a finding.</summary>
public sealed record CypherSchema(IReadOnlyList<string> Labels, IReadOnlyList<string> RelationshipTypes, IReadOnlyList<string> PropertyKeys);

/// <summary>
/// Runs Neo4j's own Cypher parser and semantic analyzer (npm <c>@neo4j-cypher/language-support</c>, installed in
/// <c>tools/cypher-lint</c> by <c>scripts/test.sh</c>) over statements, in one Node process per call.
/// </summary>
public static class CypherLinter
{
    private static readonly string Tool = Repository.File("tools", "cypher-lint");

    /// <summary>Lints the statements; returns every finding except "parameter not defined".</summary>
    public static async Task<IReadOnlyList<CypherDiagnostic>> LintAsync(CypherSchema schema, IEnumerable<(string Name, string Text)> statements)
    {
        if (!Directory.Exists(Path.Combine(Tool, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException(
                "Neo4j's Cypher front end is not installed: run 'npm ci --prefix tools/cypher-lint' (scripts/test.sh does it).");
        }

        var input = new JsonObject
        {
            ["schema"] = new JsonObject
            {
                ["labels"] = new JsonArray([.. schema.Labels.Select(l => JsonValue.Create(l))]),
                ["relationshipTypes"] = new JsonArray([.. schema.RelationshipTypes.Select(t => JsonValue.Create(t))]),
                ["propertyKeys"] = new JsonArray([.. schema.PropertyKeys.Select(k => JsonValue.Create(k))]),
            },
            ["statements"] = new JsonArray([.. statements.Select(s => new JsonObject { ["name"] = s.Name, ["text"] = s.Text })]),
        };

        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(Tool, "lint.mjs")])
        {
            WorkingDirectory = Tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tools/cypher-lint/lint.mjs exited with {process.ExitCode}: {await errors}");
        }

        using var document = JsonDocument.Parse(await output);
        return
        [
            .. document.RootElement.EnumerateArray().SelectMany(result => result.GetProperty("diagnostics").EnumerateArray().Select(d => new CypherDiagnostic(
                result.GetProperty("name").GetString()!,
                d.GetProperty("severity").GetString()!,
                d.GetProperty("message").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32()))),
        ];
    }
}
