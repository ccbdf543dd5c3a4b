// Deletes combined relations of one type. __RELATION_TYPE__ is replaced by each allowlisted type
// (LEADS, FACILITATES, ADVISES, SANCTIONS) when the store loads this file; values are always parameters.
UNWIND $rows AS row
MATCH (:Actor {id: row.from})-[r:__RELATION_TYPE__]->(:Actor {id: row.to})
DELETE r
