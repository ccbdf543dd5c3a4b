// Deletes every ActorGraph node and relationship. Used by tests against a disposable database only.
MATCH (n)
WHERE n:Source OR n:Actor OR n:Role OR n:Claim OR n:Run
DETACH DELETE n
