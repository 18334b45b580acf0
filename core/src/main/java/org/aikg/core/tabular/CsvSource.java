package org.aikg.core.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.load.ImportSource;
import org.aikg.core.store.Store;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.vocabulary.RDF;

/**
 * A CSV file read through a mapping, as something the importer can load: the mapping's included RDF files first, then
 * the triples of every row in the mapping's graph. Entity names are reconciled against the store's registry.
 */
public final class CsvSource implements ImportSource {

    private final Path file;
    private final Mapping mapping;
    private final Store store;
    private long rows;

    public CsvSource(Path file, Mapping mapping, Store store) {
        this.file = file;
        this.mapping = mapping;
        this.store = store;
    }

    @Override
    public String name() {
        return file.toString();
    }

    /** How many rows the last parse read, header excluded. */
    public long rows() {
        return rows;
    }

    @Override
    public void parse(StreamRDF sink) {
        List<Quad> included = included();
        included.forEach(q -> {
            if (q.isDefaultGraph()) {
                sink.triple(q.asTriple());
            } else {
                sink.quad(q);
            }
        });
        // One read transaction for all of the reconciler's lookups (or the caller's, when it is inside one).
        store.read(() -> {
            Reconciler reconciler = new Reconciler(Registry.load(store, included), lookup(store));
            RowMapper mapper = new RowMapper(mapping, TabularFunctions.context(reconciler));
            Node graph = mapping.graph();
            rows = 0;
            try (CsvRows csv = CsvRows.open(file)) {
                if (!csv.hasNext()) {
                    throw new AikgException(Kind.SYNTAX, file + ": empty; the first line must name the columns");
                }
                List<String> header = csv.next().cells();
                int[] index = columns(header);
                Set<Triple> triples = new LinkedHashSet<>();
                Map<Triple, Boolean> recent = recentlySent();
                while (csv.hasNext()) {
                    CsvRows.Row row = csv.next();
                    Binding cells = cells(row, header, index);
                    triples.clear();
                    try {
                        mapper.map(cells, triples);
                    } catch (RuntimeException e) {
                        throw mappingProblem(e, row, header);
                    }
                    for (Triple t : triples) {
                        if (!t.getSubject().isBlank() && !t.getObject().isBlank() && recent.put(t, Boolean.TRUE) != null) {
                            continue;
                        }
                        if (graph == null) {
                            sink.triple(t);
                        } else {
                            sink.quad(Quad.create(graph, t));
                        }
                    }
                    rows++;
                }
            }
            return null;
        });
    }

    /**
     * The triples without blank nodes sent lately, most used last: rows repeat what they say of shared entities (an
     * organization's type and name, a country, a domain), and the store need not be told twice.
     */
    private static Map<Triple, Boolean> recentlySent() {
        return new LinkedHashMap<>(1 << 16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Triple, Boolean> eldest) {
                return size() > 1 << 17;
            }
        };
    }

    /** The position in the header of each column of the mapping, by its name or an alias; a missing one fails by name. */
    private int[] columns(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (positions.putIfAbsent(header.get(i).strip(), i) != null) {
                repeated.add(header.get(i).strip());
            }
        }
        List<Column> columns = mapping.columns();
        int[] index = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            index[c] = -1;
            for (String name : column.names()) {
                if (repeated.contains(name)) {
                    throw new AikgException(Kind.SYNTAX, file + ": line 1: two columns are named \"" + name + "\"");
                }
                if (positions.containsKey(name)) {
                    index[c] = positions.get(name);
                    break;
                }
            }
            if (index[c] < 0) {
                String aliases = column.aliases().isEmpty() ? ""
                        : " (nor " + String.join(", ", column.aliases().stream().map(a -> "\"" + a + "\"").toList()) + ")";
                throw new AikgException(Kind.SYNTAX, file + ": missing column \"" + column.name() + "\"" + aliases
                        + ", which mapping " + mapping.name() + " needs");
            }
        }
        return index;
    }

    /** The row's cells bound to the mapping's variables; empty cells stay unbound. */
    private Binding cells(CsvRows.Row row, List<String> header, int[] index) {
        String where = file + ": row " + row.number() + " (line " + row.line() + ")";
        if (row.cells().size() != header.size()) {
            if (row.cells().size() > header.size()) {
                throw new AikgException(Kind.SYNTAX, where + ", column " + (header.size() + 1) + ": too many cells, "
                        + row.cells().size() + " where the header names " + header.size() + " columns");
            }
            throw new AikgException(Kind.SYNTAX, where + ": too few cells, " + row.cells().size()
                    + " where the header names " + header.size() + " columns");
        }
        BindingBuilder binding = Binding.builder();
        List<Column> columns = mapping.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String text = row.cells().get(index[c]).strip();
            String named = where + ", column \"" + header.get(index[c]).strip() + "\": ";
            if (text.isEmpty()) {
                if (column.required()) {
                    throw new AikgException(Kind.SYNTAX, named + "empty, but mapping " + mapping.name() + " requires a value");
                }
                continue;
            }
            try {
                binding.add(column.variable(), column.type().parse(text));
            } catch (IllegalArgumentException e) {
                throw new AikgException(Kind.SYNTAX, named + e.getMessage());
            }
        }
        return binding.build();
    }

    /** The one-line error for a row the mapping's query could not turn into triples. */
    private AikgException mappingProblem(RuntimeException e, CsvRows.Row row, List<String> header) {
        String where = file + ": row " + row.number() + " (line " + row.line() + ")";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AikgException known) {
                return known;
            }
            if (t instanceof RowError problem) {
                String column = columnOf(problem.value(), row, header);
                return new AikgException(Kind.SYNTAX, where + (column == null ? "" : ", column \"" + column + "\"") + ": "
                        + problem.getMessage());
            }
        }
        return new AikgException(Kind.SYNTAX, where + ": mapping " + mapping.name() + " failed: "
                + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
    }

    /** The mapped column whose cell holds the value (the whole cell first, then as part of it), or null. */
    private String columnOf(String value, CsvRows.Row row, List<String> header) {
        if (value == null) {
            return null;
        }
        String partly = null;
        for (int i = 0; i < row.cells().size() && i < header.size(); i++) {
            String cell = row.cells().get(i).strip();
            if (cell.equals(value)) {
                return header.get(i).strip();
            }
            if (partly == null && cell.contains(value)) {
                partly = header.get(i).strip();
            }
        }
        return partly;
    }

    /** The quads of the RDF files the mapping includes (a catalogue entry, registry aliases). */
    private List<Quad> included() {
        List<Quad> quads = new ArrayList<>();
        for (URL url : mapping.includes()) {
            Lang lang = RDFLanguages.filenameToLang(url.getPath(), Lang.TRIG);
            StreamRDF collect = new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    quads.add(Quad.create(Quad.defaultGraphNodeGenerated, triple));
                }

                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            };
            try (InputStream in = url.openStream()) {
                RDFParser.source(in).lang(lang).base(AIKG.ID).parse(collect);
            } catch (IOException e) {
                throw new AikgException(Kind.STORE, mapping.name() + ": cannot read included " + url + ": " + e.getMessage(), e);
            } catch (RiotException e) {
                throw new AikgException(Kind.SYNTAX, mapping.name() + ": included " + url + ": "
                        + String.valueOf(e.getMessage()).replaceAll("\\s+", " "), e);
            }
        }
        return quads;
    }

    /** What the store says about an IRI, for minting: its names and kinds, or null when it holds nothing about it. */
    private static Reconciler.Lookup lookup(Store store) {
        DatasetGraph dataset = store.dataset();
        if (dataset != null) {
            return iri -> store.read(() -> {
                List<Triple> triples = new ArrayList<>();
                dataset.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
                return known(triples);
            });
        }
        return iri -> store.read(() -> {
            List<Triple> triples = new ArrayList<>();
            try (var exec = store.queryBuilder().query("SELECT ?p ?o { GRAPH ?g { ?s ?p ?o } }").substitution("s", iri).build()) {
                exec.select().forEachRemaining(b -> triples.add(Triple.create(iri, b.get("p"), b.get("o"))));
            }
            return known(triples);
        });
    }

    private static Reconciler.Known known(List<Triple> triples) {
        if (triples.isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        List<Node> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF.type.asNode())) {
                types.add(t.getObject());
            } else if (t.getPredicate().equals(Registry.NAME) && t.getObject().isLiteral()) {
                names.add(t.getObject().getLiteralLexicalForm());
            }
        }
        return new Reconciler.Known(names, Registry.kindsOf(types));
    }
}
