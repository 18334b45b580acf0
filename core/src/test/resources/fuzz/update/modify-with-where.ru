WITH <https://example.org/fuzz/a>
DELETE { ?s schema:name ?old }
INSERT { ?s schema:name ?new ; schema:alternateName ?old }
WHERE { ?s schema:name ?old BIND (UCASE(?old) AS ?new) FILTER (LANG(?old) = "en") }
