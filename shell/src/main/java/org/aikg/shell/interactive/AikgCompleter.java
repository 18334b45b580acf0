package org.aikg.shell.interactive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aikg.core.Prefixes;
import org.aikg.core.named.NamedQuery;
import org.aikg.core.query.QueryRequest;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.HelpText;
import org.aikg.shell.runtime.SparqlInput;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion from the commands' declarations: command names, each command's options and their value candidates,
 * named queries and their parameters, prefixes and terms inside SPARQL, and entity names.
 */
final class AikgCompleter implements Completer {

    private static final List<String> BUILT_IN = List.of("exit", "quit", "clear", "history");
    private static final List<String> SPARQL = List.of("PREFIX", "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE");
    private static final List<String> ENTITY_ARGUMENTS = List.of("NAME", "A", "B", "TEXT");

    private final Dispatcher dispatcher;
    private List<String[]> entities;

    AikgCompleter(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
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
        Map<String, CommandLine> commands = dispatcher.spec().subcommands();
        if (index == 0) {
            commands.forEach((name, sub) -> candidates.add(
                    new Candidate(name, name, "commands", HelpText.summary(sub.getCommandSpec()), null, null, true)));
            BUILT_IN.forEach(b -> candidates.add(new Candidate(b, b, "commands", null, null, null, true)));
            SPARQL.forEach(k -> candidates.add(new Candidate(k, k, "SPARQL", null, null, null, true)));
            return;
        }
        CommandLine sub = commands.get(words.getFirst());
        if (sub == null) {
            return;
        }
        CommandSpec command = sub.getCommandSpec();
        String previous = words.get(index - 1);
        OptionSpec option = previous.startsWith("--") ? command.findOption(previous) : null;
        if (option != null && !option.typeInfo().isBoolean()) {
            optionValues(command, option, words, candidates);
            return;
        }
        if (word.startsWith("-")) {
            for (OptionSpec o : command.options()) {
                candidates.add(new Candidate(o.longestName(), o.longestName(), o.inherited() ? "global options" : "options",
                        String.join(" ", o.description()), null, null, !o.typeInfo().isBoolean() ? false : true));
            }
            return;
        }
        if ((command.name().equals("run") || command.name().equals("named") || command.name().equals("chart")) && index == 1) {
            dispatcher.session().graph().namedQueries().all().forEach(q -> candidates.add(
                    new Candidate(q.name(), q.name(), "named queries", q.description(), null, null, true)));
            return;
        }
        if (command.positionalParameters().stream().anyMatch(p -> ENTITY_ARGUMENTS.contains(p.paramLabel()))
                && !command.name().equals("help")) {
            entityNames(candidates);
        }
    }

    private void optionValues(CommandSpec command, OptionSpec option, List<String> words, List<Candidate> candidates) {
        if (option.longestName().equals("--param") && command.name().equals("run")) {
            namedQuery(words).ifPresent(q -> q.parameters().forEach(p -> candidates.add(
                    new Candidate(p.name() + "=", p.name() + "=", "parameters", p.description(), null, null, false))));
        } else if (option.longestName().equals("--entity")) {
            entityNames(candidates);
        } else {
            HelpText.candidates(option).forEach(v -> candidates.add(new Candidate(v)));
        }
    }

    private void entityNames(List<Candidate> candidates) {
        for (String[] entity : entities()) {
            String name = entity[0];
            String value = name.matches("[\\w.-]+") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
            candidates.add(new Candidate(value, name, "entities", entity[1], null, null, true));
        }
    }

    private Optional<NamedQuery> namedQuery(List<String> words) {
        return words.size() > 1 ? dispatcher.session().graph().namedQueries().find(words.get(1)) : Optional.empty();
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
        if (ns.equals(AIKG.NS)) {
            terms().forEach(t -> candidates.add(new Candidate("aikg:" + t, "aikg:" + t, "terms", null, null, null, true)));
        }
    }

    private List<String> terms() {
        Rows rows = dispatcher.session().graph().select(new QueryRequest(
                "SELECT DISTINCT ?t { GRAPH ?ontology { ?t ?p ?o } FILTER(STRSTARTS(STR(?t), STR(?ns))) }",
                Map.of("ontology", "<" + AIKG.ONTOLOGY + ">", "ns", AIKG.NS), null, 0));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            terms.add(rows.get(i, "t").getURI().substring(AIKG.NS.length()));
        }
        return terms;
    }

    /** Names and IRIs of the entities in the open graph, read once per session. */
    private List<String[]> entities() {
        if (entities == null) {
            Rows rows = dispatcher.session().graph().select(new QueryRequest(
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
