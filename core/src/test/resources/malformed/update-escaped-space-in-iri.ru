INSERT DATA {
  <http://example.org/a\u0020b> <http://example.org/p> <http://example.org/o> .
}
