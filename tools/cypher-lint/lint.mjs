// Runs Neo4j's Cypher front end (parser and semantic analysis, compiled to JavaScript) over statements.
//
// Input on stdin, JSON:
//   { "schema": { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...] },
//     "statements": [ { "name": "cypher/schema.cypher#1", "text": "CREATE CONSTRAINT ..." } ] }
// Output on stdout, JSON: one entry per statement, in input order:
//   [ { "name": "...", "diagnostics": [ { "severity": "error" | "warning" | "info" | "hint",
//                                         "message": "...", "line": 1, "column": 5 } ] } ]
// "Parameter $x is not defined" is dropped: parameters are supplied at run time.
// Exit code: 0 when the output was written, 2 when the input could not be read.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

let input;
try {
  input = JSON.parse(await readStdin());
} catch (error) {
  process.stderr.write(`cypher-lint: stdin is not JSON: ${error.message}\n`);
  process.exit(2);
}

const schema = {
  labels: input.schema?.labels ?? [],
  relationshipTypes: input.schema?.relationshipTypes ?? [],
  propertyKeys: input.schema?.propertyKeys ?? [],
};

const results = (input.statements ?? []).map(({ name, text }) => {
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  return {
    name,
    diagnostics: diagnostics
      .filter((d) => isNotParamError(d))
      .map((d) => ({
        severity: severities[d.severity] ?? String(d.severity),
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      })),
  };
});

process.stdout.write(JSON.stringify(results));
