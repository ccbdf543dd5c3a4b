// Records one worker cycle in the run ledger, numbered after the runs before it. Only the latest run keeps the
// relations after it (the baseline of the next cycle's changes); the changes of every run stay.
OPTIONAL MATCH (p:Run)
WITH count(p) + 1 AS number, collect(p) AS previous
FOREACH (p IN previous | SET p.relationState = CASE WHEN $relationState IS NULL THEN p.relationState ELSE null END)
CREATE (:Run {
  number: number,
  started: datetime($started),
  ended: datetime($ended),
  exitCode: $exitCode,
  added: $added,
  updated: $updated,
  unchanged: $unchanged,
  rejected: $rejected,
  failed: $failed,
  retracted: $retracted,
  errors: $errors,
  changes: $changes,
  relationState: $relationState
})
