// What the store holds, counted in the combined graph.
RETURN COUNT { (:Actor) } AS actors,
       COUNT { (:Role) } AS roles,
       COUNT { ()-[:LEADS|FACILITATES|ADVISES|SANCTIONS]->() } AS relations,
       COUNT { (:Source) } AS sources
