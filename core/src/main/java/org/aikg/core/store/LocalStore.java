package org.aikg.core.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.aikg.core.load.Importer;
import org.aikg.core.store.mem.MemDatasetGraph;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;

/**
 * A store in this process: aikg's in-memory dataset or TDB2 in a directory, with the union of the named graphs as
 * default graph.
 */
public final class LocalStore implements Store {

    private final DatasetGraph dataset;
    private final String description;
    private final boolean persistent;

    private LocalStore(DatasetGraph dataset, String description, boolean persistent) {
        this.dataset = dataset;
        this.description = description;
        this.persistent = persistent;
    }

    /** A store over a dataset built elsewhere in this process (the bundle builder's, say). */
    public static LocalStore over(DatasetGraph dataset, String description) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LocalStore(dataset, description, false);
    }

    /** A new in-memory store holding the bundled graph. */
    public static LocalStore inMemory() {
        DatasetGraph dsg = new MemDatasetGraph();
        Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
        return new LocalStore(dsg, "in memory (bundled graph; changes last for this session)", false);
    }

    /**
     * Opens or creates a TDB2 store; a new store starts with the bundled graph. A store without the ontology graph
     * gets the bundle, so that a process killed while creating a store leaves one that is completed on next open.
     */
    public static LocalStore tdb2(Path directory) {
        DatasetGraph dsg;
        try {
            dsg = TDB2Factory.connectDataset(directory.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            throw storeError(directory, e);
        }
        Node ontology = NodeFactory.createURI(AIKG.ONTOLOGY);
        if (!Txn.calculateRead(dsg, () -> dsg.contains(ontology, Node.ANY, Node.ANY, Node.ANY))) {
            if (Bundle.prebuilt()) {
                Importer.fill(dsg, Bundle::readPrebuilt);
            } else {
                Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
            }
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LocalStore(dsg, "TDB2 at " + directory.toAbsolutePath(), true);
    }

    private static AikgException storeError(Path directory, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock") || message.contains("Lock")) {
            return new AikgException(AikgException.Kind.STORE,
                    "Store in use: " + directory + " is open in another process (" + firstLine(message) + ")", e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() != null ? root.getMessage() : message;
        return new AikgException(AikgException.Kind.STORE, "Cannot open store " + directory + ": " + firstLine(reason), e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public QueryExecBuilder queryBuilder() {
        return QueryExecDatasetBuilder.create().dataset(dataset);
    }

    @Override
    public QueryExecBuilder queryBuilder(org.apache.jena.query.Query query) {
        if (!query.hasDatasetDescription()) {
            return queryBuilder().query(query);
        }
        DatasetGraph picked = org.apache.jena.sparql.core.DynamicDatasets.dynamicDataset(
                query.getDatasetDescription(), dataset, false);
        org.apache.jena.query.Query withoutFrom = query.cloneQuery();
        withoutFrom.getGraphURIs().clear();
        withoutFrom.getNamedGraphURIs().clear();
        return QueryExecDatasetBuilder.create().dataset(picked).query(withoutFrom);
    }

    @Override
    public <T> T read(Supplier<T> action) {
        if (dataset.isInTransaction()) {
            return action.get();
        }
        return Txn.calculateRead(dataset, action);
    }

    @Override
    public void update(UpdateRequest update, org.aikg.core.policy.QueryPolicy policy) {
        long deadline = policy.timeout().toMillis();
        try {
            Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset).update(update)
                    .timeout(deadline, java.util.concurrent.TimeUnit.MILLISECONDS).execute());
        } catch (org.apache.jena.query.QueryCancelledException e) {
            throw new AikgException(AikgException.Kind.TIMEOUT, "Update timed out after " + deadline + " ms; nothing was changed");
        }
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public boolean persistent() {
        return persistent;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
