// Where sources contradict each other (docs/trust.md), each side with its source and sentence:
// relation-ended: one source reports a relation ended (its claim has a last day) and another, published after that
// day or undated, states it as holding; ending-before-start: one source's last day comes before another's first day;
// single-holder-office: two people hold one single-holder office of the same body over overlapping dates.
// Parameter:   :param titles => ['president', 'prime minister', 'foreign minister', 'chief executive']
//              (the single-holder titles, lower case; titles.tsv marks them "single")
MATCH (ender:Source)-[:CLAIMS]->(ending:Claim)
WHERE ending.until IS NOT NULL
MATCH (other:Source)-[:CLAIMS]->(claim:Claim {relationKey: ending.relationKey})
WHERE other <> ender
  AND ((claim.since IS NOT NULL AND claim.since > ending.until)
    OR (claim.until IS NULL AND (other.published IS NULL OR other.published > ending.until)))
MATCH (a:Actor {id: ending.from})
MATCH (b:Actor {id: ending.to})
RETURN CASE WHEN claim.since IS NOT NULL AND claim.since > ending.until THEN 'ending-before-start' ELSE 'relation-ended' END AS kind,
       [a.name, b.name] AS actors,
       [{source: ender.id, says: a.name + ' ' + ending.type + ' ' + b.name + ' ended by ' + toString(ending.until), evidence: ending.evidence},
        {source: other.id, says: a.name + ' ' + claim.type + ' ' + b.name + ' holds' + coalesce(' since ' + toString(claim.since), ''), evidence: claim.evidence}] AS claims
UNION ALL
MATCH (x:Actor)-[:HOLDS]->(first:Role)-[:OF]->(body:Actor)<-[:OF]-(second:Role)<-[:HOLDS]-(y:Actor)
WHERE x.id < y.id
  AND toLower(first.title) IN $titles AND toLower(first.title) = toLower(second.title)
  AND (first.since IS NOT NULL OR first.until IS NOT NULL) AND (second.since IS NOT NULL OR second.until IS NOT NULL)
  AND coalesce(first.since, date('0001-01-01')) <= coalesce(second.until, date('9999-12-31'))
  AND coalesce(second.since, date('0001-01-01')) <= coalesce(first.until, date('9999-12-31'))
MATCH (s1:Source)-[:STATES]->(first)
MATCH (s2:Source)-[:STATES]->(second)
RETURN 'single-holder-office' AS kind,
       [x.name, y.name, body.name] AS actors,
       [{source: s1.id, says: x.name + ' is ' + first.title + ' of ' + body.name, evidence: null},
        {source: s2.id, says: y.name + ' is ' + second.title + ' of ' + body.name, evidence: null}] AS claims
