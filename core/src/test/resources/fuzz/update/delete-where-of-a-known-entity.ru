DELETE WHERE { GRAPH ?g { id:no-such-entity ?p ?o } } ;
DROP GRAPH <https://example.org/fuzz/never-created>
