// The sanctions network: who sanctions whom, as a picture in Browser. Switch to the Table view for the evidence.
MATCH p = (imposer:Actor)-[r:SANCTIONS]->(target:Actor)
RETURN p
ORDER BY r.strength DESC
LIMIT 500
