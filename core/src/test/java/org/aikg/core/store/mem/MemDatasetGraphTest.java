package org.aikg.core.store.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aikg.core.AikgException;
import org.aikg.core.policy.QueryPolicy;
import org.aikg.core.store.LocalStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

/** The in-memory dataset: its union default graph, GRAPH patterns, FROM clauses and transactions. */
class MemDatasetGraphTest {

    private static final String EX = "http://example.org/";
    private static final Node A = iri("graphA");
    private static final Node B = iri("graphB");
    private static final Node NAME = iri("name");
    private static final Node LAB = iri("lab");

    private final MemDatasetGraph dataset = new MemDatasetGraph();
    private final LocalStore store = LocalStore.over(dataset, "test");

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private void write(Runnable action) {
        Txn.executeWrite(dataset, action);
    }

    /** The values of the first column, sorted, as N-Triples terms. */
    private List<String> column(String query) {
        return store.read(() -> {
            RowSet rows = store.queryBuilder(QueryFactory.create(query)).build().select();
            String var = rows.getResultVars().getFirst().getVarName();
            return rows.stream().map(b -> b.get(var) == null ? "UNBOUND" : org.apache.jena.riot.out.NodeFmtLib.strNT(b.get(var))).sorted().toList();
        });
    }

    private long count(String pattern) {
        return Long.parseLong(column("SELECT (COUNT(*) AS ?n) { " + pattern + " }").getFirst().replaceAll("\"(\\d+)\".*", "$1"));
    }

    private void twoGraphsSharingATriple() {
        write(() -> {
            dataset.add(A, LAB, NAME, text("Lab"));
            dataset.add(B, LAB, NAME, text("Lab"));
            dataset.add(A, iri("model"), NAME, text("Model"));
            dataset.add(B, iri("model"), iri("creator"), LAB);
        });
    }

    @Test
    void aTripleStatedByTwoGraphsCountsOnceInTheDefaultGraph() {
        twoGraphsSharingATriple();
        assertThat(count("?s ?p ?o")).isEqualTo(3);
        assertThat(count("<" + EX + "lab> ?p ?o")).isEqualTo(1);
        assertThat(count("?s ?p \"Lab\"")).isEqualTo(1);
        assertThat(count("?s <" + EX + "name> ?o")).isEqualTo(2);
        assertThat(count("GRAPH ?g { ?s ?p ?o }")).isEqualTo(4);
    }

    @Test
    void triplesRepeatedAcrossManyGraphsAndTransactionsCountOnceAsInASet() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        java.util.Set<List<Node>> distinct = new java.util.HashSet<>();
        java.util.Set<List<Node>> named = new java.util.HashSet<>();
        for (int txn = 0; txn < 6; txn++) {
            write(() -> {
                for (int i = 0; i < 400; i++) {
                    Node g = iri("g" + random.nextInt(30));
                    Node s = iri("s" + random.nextInt(40));
                    Node o = text("o" + random.nextInt(5));
                    dataset.add(g, s, NAME, o);
                    distinct.add(List.of(s, NAME, o));
                    named.add(List.of(g, s, NAME, o));
                }
            });
        }
        assertThat(count("?s ?p ?o")).isEqualTo(distinct.size());
        assertThat(count("?s <" + EX + "name> ?o")).isEqualTo(distinct.size());
        assertThat(count("?s ?p \"o1\"")).isEqualTo(distinct.stream().filter(t -> t.get(2).equals(text("o1"))).count());
        assertThat(count("<" + EX + "s7> ?p ?o")).isEqualTo(distinct.stream().filter(t -> t.get(0).equals(iri("s7"))).count());
        assertThat(count("GRAPH ?g { ?s ?p ?o }")).isEqualTo(named.size());
    }

    @Test
    void aTripleInOneGraphOnlyIsFoundThroughTheDefaultGraphByAnyOfItsParts() {
        twoGraphsSharingATriple();
        assertThat(column("SELECT ?o { <" + EX + "model> <" + EX + "creator> ?o }")).containsExactly("<" + EX + "lab>");
        assertThat(column("SELECT ?s { ?s <" + EX + "creator> <" + EX + "lab> }")).containsExactly("<" + EX + "model>");
        assertThat(column("SELECT ?n { ?m <" + EX + "creator> ?l . ?m <" + EX + "name> ?n }")).containsExactly("\"Model\"");
        assertThat(column("SELECT ?n { <" + EX + "model> <" + EX + "name> ?n }")).containsExactly("\"Model\"");
    }

    @Test
    void aGraphPatternTellsWhichGraphsStateATriple() {
        twoGraphsSharingATriple();
        assertThat(column("SELECT ?g { GRAPH ?g { <" + EX + "lab> <" + EX + "name> \"Lab\" } }"))
                .containsExactly("<" + EX + "graphA>", "<" + EX + "graphB>");
        assertThat(column("SELECT ?g { GRAPH ?g { ?m <" + EX + "creator> ?l . ?l <" + EX + "name> ?n } }"))
                .containsExactly("<" + EX + "graphB>");
        assertThat(column("SELECT ?g { GRAPH ?g { } }")).containsExactly("<" + EX + "graphA>", "<" + EX + "graphB>");
        assertThat(column("SELECT ?n { GRAPH <" + EX + "graphA> { ?s <" + EX + "name> ?n } }"))
                .containsExactly("\"Lab\"", "\"Model\"");
    }

    @Test
    void graphPatternsWithFiltersOnTheGraphAndPathsInsideThemAnswerPerGraph() {
        twoGraphsSharingATriple();
        assertThat(column("SELECT ?s { GRAPH ?g { ?s ?p ?o } FILTER (?g = <" + EX + "graphB>) }"))
                .containsExactly("<" + EX + "lab>", "<" + EX + "model>");
        assertThat(column("SELECT ?s { GRAPH ?g { ?s ?p ?o FILTER (?g = <" + EX + "graphB>) } }"))
                .as("inside GRAPH, the graph variable is not bound yet").isEmpty();
        assertThat(column("SELECT ?g { GRAPH ?g { ?m <" + EX + "creator>/<" + EX + "name> ?n } }"))
                .containsExactly("<" + EX + "graphB>");
        assertThat(column("SELECT ?n { ?m <" + EX + "creator>/<" + EX + "name> ?n }")).containsExactly("\"Lab\"");
        assertThat(column("SELECT ?g { VALUES ?g { <" + EX + "graphA> <" + EX + "nothing> } GRAPH ?g { } }"))
                .containsExactly("<" + EX + "graphA>");
        assertThat(column("SELECT ?n { GRAPH ?g { ?m <" + EX + "creator> ?l } OPTIONAL { GRAPH ?g { ?l <" + EX + "name> ?n } } }"))
                .containsExactly("\"Lab\"");
    }

    @Test
    void fromAndFromNamedPickTheGraphsAQuerySees() {
        twoGraphsSharingATriple();
        assertThat(column("SELECT ?g FROM NAMED <" + EX + "graphB> { GRAPH ?g { ?s ?p ?o } }"))
                .containsExactly("<" + EX + "graphB>", "<" + EX + "graphB>");
        assertThat(column("SELECT ?n FROM <" + EX + "graphB> { ?s <" + EX + "name> ?n }")).containsExactly("\"Lab\"");
    }

    @Test
    void anAbortedWriteLeavesNothingBehind() {
        twoGraphsSharingATriple();
        dataset.begin(TxnType.WRITE);
        dataset.add(iri("graphC"), iri("x"), NAME, text("X"));
        dataset.delete(A, LAB, NAME, text("Lab"));
        dataset.delete(B, LAB, NAME, text("Lab"));
        dataset.removeGraph(A);
        dataset.abort();
        dataset.end();
        assertThat(count("GRAPH ?g { ?s ?p ?o }")).isEqualTo(4);
        assertThat(column("SELECT ?g { GRAPH ?g { } }")).containsExactly("<" + EX + "graphA>", "<" + EX + "graphB>");
        assertThat(count("?s ?p \"X\"")).isZero();
    }

    @Test
    void anUpdateThatTimesOutAfterItsFirstOperationChangesNothing() {
        twoGraphsSharingATriple();
        write(() -> {
            for (int i = 0; i < 300; i++) {
                dataset.add(iri("graphC"), iri("s" + i), NAME, text("n" + i));
            }
        });
        String update = "INSERT DATA { GRAPH <" + EX + "graphD> { <" + EX + "early> <" + EX + "name> \"early\" } } ;"
                + " INSERT { GRAPH <" + EX + "graphD> { ?a <" + EX + "near> ?e } }"
                + " WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER (STR(?c) < STR(?f) && STR(?f) < STR(?i)) }";
        assertThatThrownBy(() -> store.update(UpdateFactory.create(update), new QueryPolicy(Duration.ofMillis(200), 0)))
                .isInstanceOf(AikgException.class)
                .extracting(e -> ((AikgException) e).kind()).isEqualTo(AikgException.Kind.TIMEOUT);
        assertThat(count("GRAPH <" + EX + "graphD> { ?s ?p ?o }")).isZero();
        assertThat(count("?s ?p \"early\"")).isZero();
    }

    @Test
    void theWriterSeesItsOwnChangesAndReadersSeeThemOnlyAfterCommit() throws Exception {
        twoGraphsSharingATriple();
        dataset.begin(TxnType.WRITE);
        try {
            dataset.add(A, iri("new"), NAME, text("New"));
            dataset.delete(A, iri("model"), NAME, text("Model"));
            assertThat(count("?s <" + EX + "name> ?n")).isEqualTo(2);
            assertThat(column("SELECT ?n { ?s <" + EX + "name> ?n }")).containsExactly("\"Lab\"", "\"New\"");
            assertThat(CompletableFuture.supplyAsync(() -> column("SELECT ?n { ?s <" + EX + "name> ?n }")).get(30, TimeUnit.SECONDS))
                    .containsExactly("\"Lab\"", "\"Model\"");
            dataset.commit();
        } finally {
            dataset.end();
        }
        assertThat(CompletableFuture.supplyAsync(() -> column("SELECT ?n { ?s <" + EX + "name> ?n }")).get(30, TimeUnit.SECONDS))
                .containsExactly("\"Lab\"", "\"New\"");
    }

    @Test
    void aReaderKeepsSeeingTheStateItBeganWithWhileAWriterCommits() throws Exception {
        twoGraphsSharingATriple();
        CountDownLatch committing = new CountDownLatch(1);
        dataset.begin(TxnType.READ);
        CompletableFuture<Void> writer;
        try {
            writer = CompletableFuture.runAsync(() -> {
                dataset.begin(TxnType.WRITE);
                try {
                    dataset.add(A, iri("late"), NAME, text("Late"));
                    committing.countDown();
                    dataset.commit();
                } finally {
                    dataset.end();
                }
            });
            assertThat(committing.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(count("?s ?p \"Late\"")).isZero();
            assertThat(writer).isNotDone();
        } finally {
            dataset.end();
        }
        writer.get(30, TimeUnit.SECONDS);
        assertThat(count("?s ?p \"Late\"")).isEqualTo(1);
    }

    @Test
    void aReadTransactionPromotesToWriteUnlessAnotherWriterIsActive() throws Exception {
        twoGraphsSharingATriple();
        dataset.begin(TxnType.READ_PROMOTE);
        try {
            assertThat(dataset.promote()).isTrue();
            dataset.add(A, iri("promoted"), NAME, text("Promoted"));
            dataset.commit();
        } finally {
            dataset.end();
        }
        assertThat(count("?s ?p \"Promoted\"")).isEqualTo(1);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            dataset.begin(TxnType.WRITE);
            try {
                writing.countDown();
                done.await(30, TimeUnit.SECONDS);
                dataset.abort();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                dataset.end();
            }
        });
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
        dataset.begin(TxnType.READ_PROMOTE);
        try {
            assertThat(dataset.promote()).isFalse();
            assertThat(count("?s ?p \"Promoted\"")).isEqualTo(1);
        } finally {
            dataset.end();
            done.countDown();
        }
        writer.get(30, TimeUnit.SECONDS);
    }

    @Test
    void writingToTheDefaultGraphIsRefusedAndLeavesTheStoreAsItWas() {
        twoGraphsSharingATriple();
        assertThatThrownBy(() -> store.update(UpdateFactory.create("INSERT DATA { <" + EX + "a> <" + EX + "b> \"c\" }"), new QueryPolicy(Duration.ofSeconds(30), 0)))
                .isInstanceOf(AikgException.class)
                .extracting(e -> ((AikgException) e).kind()).isEqualTo(AikgException.Kind.REFUSED);
        assertThat(count("?s ?p ?o")).isEqualTo(3);
    }

    @Test
    void droppingAGraphKeepsWhatOtherGraphsStillState() {
        twoGraphsSharingATriple();
        store.update(UpdateFactory.create("DROP GRAPH <" + EX + "graphA>"), new QueryPolicy(Duration.ofSeconds(30), 0));
        assertThat(column("SELECT ?g { GRAPH ?g { } }")).containsExactly("<" + EX + "graphB>");
        assertThat(column("SELECT ?n { <" + EX + "lab> <" + EX + "name> ?n }")).containsExactly("\"Lab\"");
        assertThat(count("<" + EX + "model> <" + EX + "name> ?n")).isZero();
        assertThat(count("?s ?p \"Model\"")).isZero();
    }

    @Test
    void aSubjectRemovedFromOneGraphIsStillFoundInTheOther() {
        twoGraphsSharingATriple();
        store.update(UpdateFactory.create("DELETE DATA { GRAPH <" + EX + "graphB> { <" + EX + "lab> <" + EX + "name> \"Lab\" } }"), new QueryPolicy(Duration.ofSeconds(30), 0));
        assertThat(column("SELECT ?g { GRAPH ?g { <" + EX + "lab> ?p ?o } }")).containsExactly("<" + EX + "graphA>");
        store.update(UpdateFactory.create("DELETE DATA { GRAPH <" + EX + "graphA> { <" + EX + "lab> <" + EX + "name> \"Lab\" } } ;"
                + " INSERT DATA { GRAPH <" + EX + "graphB> { <" + EX + "lab> <" + EX + "name> \"Lab\" } }"), new QueryPolicy(Duration.ofSeconds(30), 0));
        assertThat(column("SELECT ?g { GRAPH ?g { <" + EX + "lab> ?p ?o } }")).containsExactly("<" + EX + "graphB>");
        assertThat(column("SELECT ?s { ?s ?p \"Lab\" }")).containsExactly("<" + EX + "lab>");
    }

    @Test
    void theDataIsReadInsideATransactionOnly() {
        twoGraphsSharingATriple();
        assertThatThrownBy(() -> dataset.find().hasNext()).isInstanceOf(JenaTransactionException.class);
        assertThatThrownBy(() -> dataset.add(A, LAB, NAME, text("x"))).isInstanceOf(JenaTransactionException.class);
        Txn.executeRead(dataset, () -> assertThatThrownBy(() -> dataset.add(A, LAB, NAME, text("x")))
                .isInstanceOf(JenaTransactionException.class));
        assertThat(Txn.calculateRead(dataset, () -> dataset.find(Quad.unionGraph, null, null, null).next().getGraph()))
                .isEqualTo(Quad.unionGraph);
    }
}
