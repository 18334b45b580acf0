package org.aikg.shell.interactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aikg.core.Prefixes;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.aikg.shell.cli.SparqlInput;
import org.aikg.shell.command.AikgCommand;
import org.aikg.shell.command.Commands;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion: commands and their options, named queries and their parameters, prefixes, and entity names. */
final class AikgCompleter implements Completer {

    private static final Set<String> ENTITY_COMMANDS = Set.of("describe", "sources", "why", "path", "search");
    private static final List<String> BUILT_IN = List.of("exit", "quit", "clear", "history");
    private static final List<String> SPARQL = List.of("PREFIX", "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE");

    private final Commands commands;
    private final Session session;
    private List<String[]> entities;

    AikgCompleter(Commands commands, Session session) {
        this.commands = commands;
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            completeSafely(line, candidates);
        } catch (RuntimeException e) {
            // Completion must never break the prompt; with no store, say, there is simply nothing to offer.
        }
    }

    private void completeSafely(ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (SparqlInput.startsQuery(line.line()) && index > 0) {
            sparqlTerms(word, candidates);
            return;
        }
        if (index == 0) {
            commands.all().forEach(c -> candidates.add(new Candidate(c.name(), c.name(), "commands", c.summary(), null, null, true)));
            BUILT_IN.forEach(b -> candidates.add(new Candidate(b, b, "commands", null, null, null, true)));
            SPARQL.forEach(k -> candidates.add(new Candidate(k, k, "SPARQL", null, null, null, true)));
            return;
        }
        String command = words.getFirst();
        String previous = index > 0 ? words.get(index - 1) : "";
        AikgCommand cmd = commands.find(command).orElse(null);
        if (cmd == null) {
            return;
        }
        if (previous.equals("--param") && (command.equals("run"))) {
            namedQuery(words).ifPresent(q -> q.parameters().forEach(p -> candidates.add(
                    new Candidate(p.name() + "=", p.name() + "=", "parameters", p.description(), null, null, false))));
            return;
        }
        if (previous.equals("--format")) {
            for (String f : List.of("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")) {
                candidates.add(new Candidate(f));
            }
            return;
        }
        if (word.startsWith("-")) {
            TreeSet<String> options = new TreeSet<>(cmd.options());
            options.addAll(Session.GLOBAL_OPTIONS);
            options.forEach(o -> candidates.add(new Candidate("--" + o, "--" + o, "options", null, null, null, true)));
            Invocation.FLAGS.forEach(f -> candidates.add(new Candidate("--" + f, "--" + f, "options", null, null, null, true)));
            return;
        }
        if ((command.equals("run") || command.equals("named")) && index == 1) {
            session.graph().namedQueries().all().forEach(q -> candidates.add(
                    new Candidate(q.name(), q.name(), "named queries", q.description(), null, null, true)));
            return;
        }
        if (ENTITY_COMMANDS.contains(command) || previous.equals("--entity")) {
            for (String[] entity : entities()) {
                String name = entity[0];
                String value = name.matches("[\\w.-]+") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
                candidates.add(new Candidate(value, name, "entities", entity[1], null, null, true));
            }
        }
    }

    private java.util.Optional<NamedQuery> namedQuery(List<String> words) {
        return words.size() > 1 ? session.graph().namedQueries().find(words.get(1)) : java.util.Optional.empty();
    }

    private void sparqlTerms(String word, List<Candidate> candidates) {
        Map<String, String> prefixes = Prefixes.standard().getNsPrefixMap();
        int colon = word.indexOf(':');
        if (colon < 0) {
            prefixes.forEach((p, ns) -> candidates.add(new Candidate(p + ":", p + ":", "prefixes", ns, null, null, false)));
            return;
        }
        String prefix = word.substring(0, colon);
        String ns = prefixes.get(prefix);
        if (ns == null) {
            return;
        }
        for (String[] entity : entities()) {
            if (entity[1].startsWith(ns)) {
                String local = entity[1].substring(ns.length());
                candidates.add(new Candidate(prefix + ":" + local, prefix + ":" + local, "entities", entity[0], null, null, true));
            }
        }
        if (prefix.equals("aikg")) {
            terms(ns).forEach(t -> candidates.add(new Candidate("aikg:" + t, "aikg:" + t, "terms", null, null, null, true)));
        }
    }

    private List<String> terms(String ns) {
        Rows rows = session.graph().select(new QueryRequest(
                "SELECT DISTINCT ?t { GRAPH <https://w3id.org/aikg/ns> { ?t ?p ?o } FILTER(STRSTARTS(STR(?t), ?ns)) }",
                Map.of("ns", ns), null, 0));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            terms.add(rows.get(i, "t").getURI().substring(ns.length()));
        }
        return terms;
    }

    /** Names and IRIs of the entities in the open graph, read once per session. */
    private List<String[]> entities() {
        if (entities == null) {
            Rows rows = session.graph().select(new QueryRequest(
                    "SELECT DISTINCT ?name ?e { ?e schema:name ?name FILTER(isIRI(?e)) } ORDER BY LCASE(?name)", null, null, 50_000));
            List<String[]> found = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                found.add(new String[] {rows.get(i, "name").getLiteralLexicalForm(), rows.get(i, "e").getURI()});
            }
            entities = found;
        }
        return entities;
    }
}
