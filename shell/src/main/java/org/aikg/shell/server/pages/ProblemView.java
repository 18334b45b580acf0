package org.aikg.shell.server.pages;

import java.util.List;

/** What a 404 or 400 page says: a heading, the one-line message, and the entities the reader may have meant. */
public record ProblemView(String heading, String message, List<Suggestion> suggestions) {

    public ProblemView {
        suggestions = List.copyOf(suggestions);
    }

    /** An entity the reader may have meant: its name and where its page is. */
    public record Suggestion(String name, String href) {}
}
