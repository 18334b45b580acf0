package org.aikg.core.named;

import java.util.List;
import java.util.Optional;

/**
 * A query shipped with aikg: its name, a one-line description, declared parameters, the chart that suits its answer
 * (if any) and its SPARQL text.
 */
public record NamedQuery(String name, String description, List<Parameter> parameters, Optional<Chart> chart, String text) {

    /**
     * How to draw the answer: the x and y columns, optionally a series column, a column marking some rows (a boolean),
     * a logarithmic y axis, lines joining the points of a series, and a title.
     */
    public record Chart(String x, String y, String series, String mark, boolean logY, boolean lines, String title) {}

    /** One declared parameter: its variable name, type (iri, string, integer, decimal, date), default and meaning. */
    public record Parameter(String name, String type, String defaultValue, boolean required, String description) {

        /** The parameter as a usage fragment, such as {@code --param reference=id:deepseek-v3}. */
        public String usage() {
            return name + "=" + (defaultValue != null ? defaultValue : "<" + type + ">");
        }
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
