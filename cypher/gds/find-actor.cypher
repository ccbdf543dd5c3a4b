// Finds actors by id, name or alias, ignoring case: how the Graph Data Science engine resolves the names users type.
MATCH (a:Actor)
WHERE a.id = toLower($name) OR toLower(a.name) = toLower($name) OR any(alias IN a.aliases WHERE toLower(alias) = toLower($name))
RETURN a.id AS id, a.name AS name, a.kind AS kind
ORDER BY id
LIMIT 10
