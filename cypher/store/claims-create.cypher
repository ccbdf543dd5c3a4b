// Records what a source claims about relations, one Claim node per statement, with its evidence sentence.
MATCH (s:Source {id: $sourceId})
UNWIND $rows AS row
CREATE (s)-[:CLAIMS]->(:Claim {
  relationKey: row.relationKey,
  from: row.from,
  type: row.type,
  to: row.to,
  weight: row.weight,
  confidence: row.confidence,
  since: date(row.since),
  until: date(row.until),
  evidence: row.evidence,
  context: row.context
})
