package org.aikg.core.format;

/**
 * The output format for a query whose form is not known yet: one for rows and answers (SELECT, ASK), one for graphs
 * (CONSTRUCT, DESCRIBE). A format the user named explicitly is used for both, and refused where it does not fit.
 */
public record FormatChoice(OutputFormat rows, OutputFormat graphs) {

    /** The same format whatever the query's form. */
    public static FormatChoice of(OutputFormat format) {
        return new FormatChoice(format, format);
    }

    /** The format for a query of this form. */
    public OutputFormat pick(boolean tabularForm) {
        return tabularForm ? rows : graphs;
    }
}
