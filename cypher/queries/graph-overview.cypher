// The whole actor graph as a picture (capped for Browser): actors coloured by kind, relations by type
// once actorgraph.grass is applied.
MATCH p = (:Actor)-[:LEADS|FACILITATES|ADVISES|SANCTIONS]->(:Actor)
RETURN p
LIMIT 1000
