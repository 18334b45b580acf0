#!/usr/bin/python3
"""Writes the malformed-input corpus next to this script, and cases.tsv, its index.

Each case is one file that breaks one rule. cases.tsv says, per file, the kind of refusal aikg must give, the line
the message must name ("-" where the syntax or the parser gives no position) and what the file breaks. Run it again
after changing a case: ./generate.py
"""
import gzip
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DEEP = 100_000
DEEP_SPARQL = 20_000
cases = []


def case(name, data, kind, line, breaks):
    path = os.path.join(HERE, name)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if name.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as out:
            out.write(raw)
    else:
        with open(path, "wb") as out:
            out.write(raw)
    cases.append((name, kind, str(line), breaks))


def lines_before(text):
    return text.count("\n")


# ---------------------------------------------------------------- Turtle
head = PREFIXES + "ex:s ex:p\n"
case("ttl-deep-brackets.ttl.gz", head + "[ ex:p\n" * DEEP + "1" + " ]" * DEEP + " .\n", "SYNTAX",
     lines_before(head) + DEEP, f"{DEEP} nested blank-node brackets, one per line (deepest on the last)")
case("ttl-deep-collections.ttl.gz", head + "(\n" * DEEP + ")" * DEEP + " .\n", "SYNTAX",
     lines_before(head) + DEEP, f"{DEEP} nested collections, one per line")
case("ttl-space-in-iri.ttl", PREFIXES + "ex:s ex:p <http://example.org/a b> .\n", "SYNTAX", 3,
     "a space inside an IRI")
case("ttl-escaped-space-in-iri.ttl", PREFIXES + "ex:s ex:p <http://example.org/a\\u0020b> .\n", "SYNTAX", 3,
     "a space inside an IRI, written as \\u0020")
case("ttl-escaped-nul-in-iri.ttl", PREFIXES + "ex:s ex:p <http://example.org/a\\u0000b> .\n", "SYNTAX", 3,
     "NUL inside an IRI, written as \\u0000")
case("ttl-control-char-in-iri.ttl", PREFIXES + "ex:s ex:p <http://example.org/a\x01b> .\n", "SYNTAX", 3,
     "the control character U+0001 inside an IRI")
case("ttl-pipe-in-iri.ttl", PREFIXES + "ex:s ex:p <http://example.org/a|b> .\n", "SYNTAX", 3,
     "'|', which an IRI may not hold")
case("ttl-invalid-utf8.ttl", (PREFIXES + "ex:s ex:p \"ok\" .\nex:s ex:q \"caf").encode() + b"\xe9\" .\n", "SYNTAX", 4,
     "a Latin-1 byte (0xE9) where UTF-8 is required")
case("ttl-truncated-utf8.ttl", (PREFIXES + "ex:s ex:p \"").encode() + "é".encode()[:1], "SYNTAX", 3,
     "the file ends inside a two-byte UTF-8 character")
case("ttl-overlong-utf8.ttl", (PREFIXES + "ex:s ex:p \"").encode() + b"\xc0\xaf\" .\n", "SYNTAX", 3,
     "an overlong UTF-8 encoding of '/'")
case("ttl-unterminated-string.ttl", PREFIXES + "ex:s ex:p \"no end .\nex:t ex:p ex:o .\n", "SYNTAX", 4,
     "a string that does not end on its line (the parser notices at the line break)")
case("ttl-undeclared-prefix.ttl", PREFIXES + "ex:s ex:p nope:o .\n", "SYNTAX", 3, "a prefix that is not declared")
case("ttl-missing-dot.ttl", PREFIXES + "ex:s ex:p ex:o\nex:t ex:p ex:o .\n", "SYNTAX", 4,
     "a statement without its final dot")
case("ttl-bad-integer.ttl", PREFIXES + "ex:s ex:p \"twelve\"^^xsd:integer .\n", "SYNTAX", 3,
     "an xsd:integer whose text is not a number")
case("ttl-bad-date.ttl", PREFIXES + "ex:s ex:p \"2025-13-45\"^^xsd:date .\n", "SYNTAX", 3,
     "an xsd:date that is no date")
case("ttl-bad-language-tag.ttl", PREFIXES + "ex:s ex:p \"x\"@en-toolongsubtag .\n", "SYNTAX", 3,
     "a language tag with a subtag longer than 8 letters")
case("ttl-bad-port.ttl", PREFIXES + "ex:s ex:p <http://example.org:port/> .\n", "SYNTAX", 3,
     "an IRI whose port is not a number")
case("ttl-truncated.ttl.gz", b"", "SYNTAX", "-", "a gzip file cut in half (written at the end of this script)")

# ---------------------------------------------------------------- TriG
head = PREFIXES + "ex:g {\n  ex:s ex:p\n"
case("trig-deep-brackets.trig.gz", head + "[ ex:p\n" * DEEP + "1" + " ]" * DEEP + " .\n}\n", "SYNTAX",
     lines_before(head) + DEEP, f"{DEEP} nested blank-node brackets inside a graph")
case("trig-unclosed-graph.trig", PREFIXES + "ex:g {\n  ex:s ex:p ex:o .\n", "SYNTAX", 5,
     "a graph whose closing brace is missing (the parser meets the end of the file, on line 5)")
case("trig-nested-graph.trig", PREFIXES + "ex:g {\n  ex:h { ex:s ex:p ex:o . }\n}\n", "SYNTAX", 4,
     "a graph inside a graph")
case("trig-space-in-graph-iri.trig", PREFIXES + "<http://example.org/g h> { ex:s ex:p ex:o . }\n", "SYNTAX", 3,
     "a space inside a graph's IRI")
case("trig-nul-in-iri.trig", PREFIXES + "ex:g {\n  <http://example.org/s\x00t> ex:p ex:o .\n}\n", "SYNTAX", 4,
     "a NUL byte inside an IRI")
case("trig-invalid-utf8.trig", (PREFIXES + "ex:g {\n  ex:s ex:p \"").encode() + b"\xff\" .\n}\n", "SYNTAX", 4,
     "the byte 0xFF, which never occurs in UTF-8")
case("trig-literal-as-graph.trig", PREFIXES + "\"g\" { ex:s ex:p ex:o . }\n", "SYNTAX", 3,
     "a literal where the graph name goes")

# ---------------------------------------------------------------- N-Triples
ok = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
case("nt-relative-subject.nt", ok + "<b> <http://example.org/p> <http://example.org/o> .\n", "SYNTAX", 2,
     "a relative IRI as subject")
case("nt-relative-predicate.nt", ok + ok + "<http://example.org/s> <p> <http://example.org/o> .\n", "SYNTAX", 3,
     "a relative IRI as predicate")
case("nt-relative-object.nt", ok + "<http://example.org/s> <http://example.org/p> <o> .\n", "SYNTAX", 2,
     "a relative IRI as object")
case("nt-relative-datatype.nt", "<http://example.org/s> <http://example.org/p> \"1\"^^<integer> .\n", "SYNTAX", 1,
     "a relative IRI as datatype")
case("nt-nul-in-iri.nt", ok + "<http://example.org/s\x00> <http://example.org/p> <http://example.org/o> .\n", "SYNTAX", 2,
     "a NUL byte inside an IRI")
case("nt-escaped-nul-in-iri.nt", "<http://example.org/s\\u0000> <http://example.org/p> <http://example.org/o> .\n",
     "SYNTAX", 1, "NUL inside an IRI, written as \\u0000")
case("nt-delete-char-in-iri.nt", "<http://example.org/s\x7f> <http://example.org/p> <http://example.org/o> .\n",
     "SYNTAX", 1, "the control character DEL (0x7F) inside an IRI")
case("nt-space-in-iri.nt", ok + "<http://example.org/a b> <http://example.org/p> <http://example.org/o> .\n", "SYNTAX", 2,
     "a space inside an IRI")
case("nt-escaped-space-in-iri.nt", "<http://example.org/a\\u0020b> <http://example.org/p> <http://example.org/o> .\n",
     "SYNTAX", 1, "a space inside an IRI, written as \\u0020")
case("nt-invalid-utf8.nt", ok.encode() + b"<http://example.org/s> <http://example.org/p> \"caf\xe9\" .\n", "SYNTAX", 2,
     "a Latin-1 byte (0xE9) where UTF-8 is required")
case("nt-utf16.nt", "\ufeff".encode("utf-16-le") + ok.encode("utf-16-le"), "SYNTAX", 1,
     "the file is UTF-16, not UTF-8")
case("nt-prefixed-name.nt", "<http://example.org/s> <http://example.org/p> ex:o .\n", "SYNTAX", 1,
     "a prefixed name, which N-Triples does not have")
case("nt-missing-dot.nt", "<http://example.org/s> <http://example.org/p> <http://example.org/o>\n" + ok, "SYNTAX", 2,
     "a triple without its final dot (the parser notices on the next line)")
case("nt-literal-subject.nt", "\"s\" <http://example.org/p> <http://example.org/o> .\n", "SYNTAX", 1,
     "a literal as subject")
case("nt-deep-triple-terms.nt.gz",
     "<http://example.org/s> <http://example.org/p>\n" + "<<( <http://example.org/s> <http://example.org/p>\n" * DEEP
     + "<http://example.org/o>" + " )>>" * DEEP + " .\n", "SYNTAX", 1 + DEEP, f"{DEEP} nested triple terms")

# ---------------------------------------------------------------- N-Quads
quad = "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n"
case("nq-relative-graph.nq", quad + "<http://example.org/s> <http://example.org/p> <http://example.org/o> <g> .\n",
     "SYNTAX", 2, "a relative IRI as graph name")
case("nq-relative-subject.nq", "<s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n", "SYNTAX", 1,
     "a relative IRI as subject")
case("nq-escaped-space-in-graph.nq",
     "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g\\u0020h> .\n",
     "SYNTAX", 1, "a space inside the graph's IRI, written as \\u0020")
case("nq-invalid-utf8.nq", quad.encode() * 2 + b"<http://example.org/s> <http://example.org/p> \"\x80\" <http://example.org/g> .\n",
     "SYNTAX", 3, "a lone UTF-8 continuation byte (0x80)")
case("nq-five-terms.nq", "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> <http://example.org/x> .\n",
     "SYNTAX", 1, "five terms on one line")
case("nq-literal-as-graph.nq", "<http://example.org/s> <http://example.org/p> <http://example.org/o> \"g\" .\n", "SYNTAX", 1,
     "a literal as graph name")

# ---------------------------------------------------------------- JSON-LD
case("jsonld-deep-nesting.jsonld.gz",
     "{\n\"@id\": \"http://example.org/s\",\n\"http://example.org/p\":\n" + "{ \"http://example.org/p\":\n" * DEEP + "1"
     + "}" * DEEP + "\n}\n", "SYNTAX", 3 + DEEP, f"{DEEP} nested objects, one per line")
case("jsonld-space-in-id.jsonld", '{ "@id": "http://example.org/a b", "http://example.org/p": "v" }\n', "SYNTAX", "-",
     "a space inside a node's @id (JSON-LD processors would drop the node silently)")
case("jsonld-nul-in-id.jsonld", '{ "@id": "http://example.org/a\\u0000b", "http://example.org/p": "v" }\n', "SYNTAX", "-",
     "NUL inside a node's @id")
case("jsonld-space-in-property.jsonld", '{ "@id": "http://example.org/s", "http://example.org/p q": "v" }\n', "SYNTAX", "-",
     "a space inside a property IRI")
case("jsonld-bad-integer.jsonld",
     '{ "@id": "http://example.org/s", "http://example.org/p": { "@value": "twelve", '
     '"@type": "http://www.w3.org/2001/XMLSchema#integer" } }\n', "SYNTAX", "-", "an xsd:integer whose text is not a number")
case("jsonld-invalid-utf8.jsonld", b'{ "@id": "http://example.org/s",\n  "http://example.org/p": "caf\xe9" }\n', "SYNTAX", 2,
     "a Latin-1 byte (0xE9) where UTF-8 is required")
case("jsonld-not-json.jsonld", '{ "@id": "http://example.org/s",\n  "http://example.org/p": "v", }\n', "SYNTAX", 2,
     "a comma before the closing brace")
case("jsonld-remote-context.jsonld", '{ "@context": "https://schema.org/", "@id": "http://example.org/s", "name": "v" }\n',
     "REFUSED", "-", "a remote context, which aikg never fetches")
case("jsonld-remote-import.jsonld",
     '{ "@context": { "@version": 1.1, "@import": "https://example.org/context.jsonld" }, "@id": "http://example.org/s" }\n',
     "REFUSED", "-", "a context that imports a remote one")

# ---------------------------------------------------------------- RDF/XML
def rdfxml(body, prolog='<?xml version="1.0" encoding="UTF-8"?>\n'):
    return (prolog + f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">\n' + body + "</rdf:RDF>\n")


# Line 3 holds the element at depth 2 and each later line two more, so depth 101 (one past the JDK's XML limit of 100)
# is reached on line 3 + 50.
case("rdfxml-deep-nesting.rdf",
     rdfxml('<rdf:Description rdf:about="http://example.org/s">\n' + "<ex:p><rdf:Description>\n" * 200
            + "</rdf:Description></ex:p>" * 200 + "\n</rdf:Description>\n"), "SYNTAX", 3 + (101 - 2 + 1) // 2,
     "200 levels of nested elements (the XML parser stops past its depth limit of 100)")
case("rdfxml-space-in-about.rdf", rdfxml('<rdf:Description rdf:about="http://example.org/a b">\n'
                                         '  <ex:p>v</ex:p>\n</rdf:Description>\n'), "SYNTAX", 3, "a space inside rdf:about")
case("rdfxml-control-char-reference.rdf", rdfxml('<rdf:Description rdf:about="http://example.org/a&#1;b">\n'
                                                 '  <ex:p>v</ex:p>\n</rdf:Description>\n'), "SYNTAX", 3,
     "the control character U+0001, written as a character reference")
case("rdfxml-invalid-utf8.rdf", rdfxml('<rdf:Description rdf:about="http://example.org/s">\n  <ex:p>caf\u00e9</ex:p>\n'
                                       '</rdf:Description>\n').encode("latin-1"), "SYNTAX", 4,
     "a Latin-1 byte (0xE9) in a file that declares UTF-8")
case("rdfxml-unclosed-element.rdf", rdfxml('<rdf:Description rdf:about="http://example.org/s">\n  <ex:p>v</ex:p>\n'),
     "SYNTAX", 5, "an element that is never closed")
case("rdfxml-bad-integer.rdf", rdfxml('<rdf:Description rdf:about="http://example.org/s">\n'
                                      '  <ex:p rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">twelve</ex:p>\n'
                                      '</rdf:Description>\n'), "SYNTAX", 4, "an xsd:integer whose text is not a number")

# ---------------------------------------------------------------- SPARQL queries and updates
case("query-unterminated.rq", "SELECT ?s\nWHERE { ?s ?p ?o\n", "SYNTAX", 2,
     "a group that is never closed (the parser names the last token, on line 2)")
case("query-undeclared-prefix.rq", "SELECT ?s\nWHERE { ?s nope:p ?o }\n", "SYNTAX", 2, "a prefix that is not declared")
case("query-space-in-iri.rq", "SELECT ?s\nWHERE { <http://example.org/a b> ?p ?s }\n", "SYNTAX", 2,
     "a space inside an IRI")
case("query-deep-nesting.rq", "SELECT * WHERE { FILTER(" + "(" * DEEP_SPARQL + "1" + ")" * DEEP_SPARQL + ") }\n", "SYNTAX",
     "-", f"{DEEP_SPARQL} nested parentheses")
case("query-service.rq", "SELECT * WHERE {\n  SERVICE <http://example.org/sparql> { ?s ?p ?o }\n}\n", "REFUSED", "-",
     "SERVICE, which aikg refuses")
case("update-unterminated.ru", "INSERT DATA {\n  <http://example.org/s> <http://example.org/p> <http://example.org/o> .\n",
     "SYNTAX", 2, "INSERT DATA whose braces are never closed (the parser names the last token, on line 2)")
case("update-load-file.ru", "LOAD <file:///etc/passwd>\n", "REFUSED", "-", "LOAD of a local file")
case("update-escaped-space-in-iri.ru",
     "INSERT DATA {\n  <http://example.org/a\\u0020b> <http://example.org/p> <http://example.org/o> .\n}\n", "SYNTAX", "-",
     "a space inside an IRI, written as \\u0020 (the SPARQL parser accepts it)")
case("update-deep-nesting.ru",
     "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:s ex:p " + "[ ex:p " * DEEP_SPARQL + "1" + " ]" * DEEP_SPARQL + " }\n",
     "SYNTAX", "-", f"{DEEP_SPARQL} nested blank-node brackets")

# The truncated gzip: a gzip stream of good Turtle, cut in half.
full = gzip.compress((PREFIXES + "".join(f"ex:s ex:p {i} .\n" for i in range(2000))).encode(), mtime=0)
with open(os.path.join(HERE, "ttl-truncated.ttl.gz"), "wb") as out:
    out.write(full[: len(full) // 2])

with open(os.path.join(HERE, "cases.tsv"), "w", encoding="utf-8") as index:
    index.write("# file\tkind\tline\twhat it breaks\n")
    for row in cases:
        index.write("\t".join(row) + "\n")
print(len(cases), "cases")
