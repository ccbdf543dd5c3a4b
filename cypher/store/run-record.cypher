// Records one worker cycle in the run ledger.
CREATE (:Run {
  started: datetime($started),
  ended: datetime($ended),
  exitCode: $exitCode,
  added: $added,
  updated: $updated,
  unchanged: $unchanged,
  rejected: $rejected,
  failed: $failed,
  retracted: $retracted,
  errors: $errors
})
