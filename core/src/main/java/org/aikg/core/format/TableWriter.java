package org.aikg.core.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/** Writes rows as an aligned text table, with IRIs shortened by the project's prefixes. */
public final class TableWriter {

    private final PrefixMapping prefixes;
    private final int maxCellWidth;

    /** A writer whose cells are cut at maxCellWidth characters (0 for no limit). */
    public TableWriter(PrefixMapping prefixes, int maxCellWidth) {
        this.prefixes = prefixes;
        this.maxCellWidth = maxCellWidth;
    }

    /** The text of one value as the table shows it: strings bare, numbers plain, IRIs as prefixed names. */
    public String cell(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            String lexical = node.getLiteralLexicalForm();
            String dt = node.getLiteralDatatypeURI();
            boolean plain = dt == null || dt.endsWith("#string") || dt.endsWith("#langString")
                    || dt.endsWith("#integer") || dt.endsWith("#decimal") || dt.endsWith("#double")
                    || dt.endsWith("#boolean") || dt.endsWith("#date") || dt.endsWith("#gYear")
                    || dt.endsWith("#gYearMonth") || dt.endsWith("#dateTime");
            return plain ? lexical : FmtUtils.stringForNode(node, prefixes);
        }
        if (node.isURI()) {
            String shortName = prefixes.qnameFor(node.getURI());
            return shortName != null ? shortName : "<" + node.getURI() + ">";
        }
        return FmtUtils.stringForNode(node, prefixes);
    }

    /** Writes the header, a rule, and the rows. */
    public void write(PrintWriter out, List<String> columns, List<List<Node>> rows) {
        List<String[]> cells = new ArrayList<>(rows.size());
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (List<Node> row : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = clip(cell(row.get(i)).replace('\n', ' ').replace('\r', ' '));
                widths[i] = Math.max(widths[i], line[i].codePointCount(0, line[i].length()));
            }
            cells.add(line);
        }
        out.println(line(columns.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                rule.append("-+-");
            }
            rule.append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] line : cells) {
            out.println(line(line, widths));
        }
        out.flush();
    }

    private String clip(String text) {
        if (maxCellWidth > 0 && text.codePointCount(0, text.length()) > maxCellWidth) {
            return text.substring(0, text.offsetByCodePoints(0, maxCellWidth - 1)) + "…";
        }
        return text;
    }

    private static String line(String[] values, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(values[i]);
            if (i < values.length - 1) {
                sb.append(" ".repeat(widths[i] - values[i].codePointCount(0, values[i].length())));
            }
        }
        return sb.toString().stripTrailing();
    }
}
