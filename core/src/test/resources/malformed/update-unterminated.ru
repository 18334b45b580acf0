INSERT DATA {
  <http://example.org/s> <http://example.org/p> <http://example.org/o> .
