// Actor profile: who an actor is, the roles they hold and every relation in and out, with its sources.
// Parameter: the actor's name or an alias, any case.   :param name => 'Lavrov'
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($name) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($name))
OPTIONAL MATCH (a)-[:HOLDS]->(role:Role)
OPTIONAL MATCH (role)-[:OF]->(body:Actor)
WITH a, collect(DISTINCT role.title + coalesce(' of ' + body.name, '')) AS roles
OPTIONAL MATCH (a)-[out:LEADS|FACILITATES|ADVISES|SANCTIONS]->(target:Actor)
WITH a, roles, collect(DISTINCT {type: type(out), target: target.name, strength: out.strength, sources: out.sources}) AS outgoing
OPTIONAL MATCH (origin:Actor)-[inc:LEADS|FACILITATES|ADVISES|SANCTIONS]->(a)
RETURN a.name AS name, a.kind AS kind, a.aliases AS aliases, roles, outgoing,
       collect(DISTINCT {type: type(inc), source: origin.name, strength: inc.strength, sources: inc.sources}) AS incoming
