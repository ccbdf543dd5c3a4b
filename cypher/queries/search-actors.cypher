// Full-text search over actor names and aliases (Lucene syntax: 'lavrov~' is fuzzy, 'dmitr*' a prefix).
// Parameter:   :param search => 'lawrow~'
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
RETURN node.name AS name, node.kind AS kind, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20
