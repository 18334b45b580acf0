package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.explore.Explorer;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Parameters;

/** The entity a command is about, as typed: a name (its words joined), a prefixed name or an IRI in angle brackets. */
final class EntityName {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "the entity: a name, a prefixed name or an <IRI>")
    List<String> words;

    /** The entity the words name, or a one-line failure with suggestions. */
    Node resolve(Explorer explorer) {
        return explorer.resolve(String.join(" ", words));
    }
}
