package org.aikg.core.named;

import java.util.List;
import java.util.Optional;

/** A query shipped with aikg: its name, a one-line description, declared parameters and its SPARQL text. */
public record NamedQuery(String name, String description, List<Parameter> parameters, String text) {

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
