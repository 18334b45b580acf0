package org.aikg.shell.picture.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aikg.core.query.Rows;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Small SELECT results built in memory for the chart tests. */
final class TestRows {

    private final List<String> columns;
    private final List<List<Node>> rows = new ArrayList<>();

    private TestRows(String... columns) {
        this.columns = List.of(columns);
    }

    static TestRows of(String... columns) {
        return new TestRows(columns);
    }

    TestRows row(Node... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    Rows build() {
        return new Rows(columns, rows, false);
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node decimal(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node date(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
    }

    static Node yes() {
        return NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    }

    /** Notable models with publication date, training compute, organization, frontier mark and year. */
    static Rows compute() {
        return of("name", "date", "compute", "organization", "frontier", "year")
                .row(text("Model A"), date("2017-06-12"), decimal("3.0e20"), text("Lab One"), null, integer(2017))
                .row(text("Model B"), date("2019-02-14"), decimal("1.5e21"), text("Lab Two"), yes(), integer(2019))
                .row(text("Model C"), date("2020-05-28"), decimal("3.1e23"), text("Lab One"), yes(), integer(2020))
                .row(text("Model D"), date("2022-04-04"), decimal("2.5e24"), text("Lab Two"), null, integer(2022))
                .row(text("Model E"), date("2023-03-14"), decimal("2.1e25"), text("Lab One"), yes(), integer(2023))
                .build();
    }
}
