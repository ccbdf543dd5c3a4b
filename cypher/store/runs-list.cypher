// The most recent worker cycles, newest first.
MATCH (r:Run)
RETURN r.started AS started, r.ended AS ended, r.exitCode AS exitCode, r.added AS added, r.updated AS updated,
       r.unchanged AS unchanged, r.rejected AS rejected, r.failed AS failed, r.retracted AS retracted, r.errors AS errors,
       r.number AS number, r.changes AS changes, r.relationState AS relationState
ORDER BY r.started DESC
LIMIT $limit
