package org.aikg.shell.picture.neighbourhood;

import java.util.Set;
import java.util.TreeSet;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;

/** The names, labels, speakers and types seen for one node over several result rows, and the words to show for it. */
final class NameSet {

    final Set<String> names = new TreeSet<>();
    final Set<String> labels = new TreeSet<>();
    final Set<String> speakers = new TreeSet<>();
    final Set<String> paraphrases = new TreeSet<>();
    final Set<String> types = new TreeSet<>();

    void add(Rows rows, int i) {
        addText(names, rows, i, "name");
        addText(labels, rows, i, "label");
        addText(speakers, rows, i, "speaker");
        addText(paraphrases, rows, i, "paraphrase");
        if (rows.columns().contains("type") && rows.get(i, "type") != null && rows.get(i, "type").isURI()) {
            types.add(rows.get(i, "type").getURI());
        }
    }

    private static void addText(Set<String> into, Rows rows, int i, String column) {
        if (rows.columns().contains(column) && rows.get(i, column) != null && rows.get(i, column).isLiteral()) {
            into.add(rows.get(i, column).getLiteralLexicalForm());
        }
    }

    String label(Node node) {
        if (!names.isEmpty()) {
            return names.iterator().next();
        }
        if (!labels.isEmpty()) {
            return labels.iterator().next();
        }
        if (!speakers.isEmpty()) {
            String who = String.join(" and ", speakers);
            return paraphrases.isEmpty() ? "claim by " + who : who + ": " + paraphrases.iterator().next();
        }
        return Vertices.readable(node);
    }
}
