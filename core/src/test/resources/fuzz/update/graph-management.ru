CREATE SILENT GRAPH <https://example.org/fuzz/a> ;
INSERT DATA { GRAPH <https://example.org/fuzz/a> { <https://example.org/s> <https://schema.org/name> "fuzz"@en } } ;
COPY SILENT <https://example.org/fuzz/a> TO <https://example.org/fuzz/b> ;
ADD SILENT <https://example.org/fuzz/b> TO <https://example.org/fuzz/c> ;
MOVE SILENT <https://example.org/fuzz/c> TO DEFAULT ;
CLEAR SILENT GRAPH <https://example.org/fuzz/a> ;
DROP SILENT GRAPH <https://example.org/fuzz/b>
