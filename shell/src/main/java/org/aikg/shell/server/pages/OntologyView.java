package org.aikg.shell.server.pages;

import java.util.List;

/** The ontology page: the namespace and each term with its label and definition. */
public record OntologyView(String namespace, List<Term> terms) {

    public OntologyView {
        terms = List.copyOf(terms);
    }

    /** One term: its local name, label and definition (empty when it has none). */
    public record Term(String local, String label, String definition) {}
}
