package org.aikg.core.named;

import org.aikg.core.AikgException;

/** A named query was run without a value for a parameter it requires; front ends word how to give one. */
public final class MissingParameterException extends AikgException {

    private final NamedQuery query;
    private final NamedQuery.Parameter parameter;

    public MissingParameterException(NamedQuery query, NamedQuery.Parameter parameter) {
        super(Kind.USAGE, "Named query '" + query.name() + "' needs a value for its parameter " + parameter.name()
                + " (" + parameter.type() + "): " + parameter.description());
        this.query = query;
        this.parameter = parameter;
    }

    public NamedQuery query() {
        return query;
    }

    public NamedQuery.Parameter parameter() {
        return parameter;
    }
}
