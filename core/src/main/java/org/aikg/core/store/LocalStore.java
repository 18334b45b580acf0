package org.aikg.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;

/** A store in this process: the transactional in-memory dataset or a TDB2 database. */
public final class LocalStore implements Store {

    private final DatasetGraph dataset;
    private final boolean nativeUnion;
    private final String description;
    private final boolean persistent;

    private LocalStore(DatasetGraph dataset, boolean nativeUnion, String description, boolean persistent) {
        this.dataset = dataset;
        this.nativeUnion = nativeUnion;
        this.description = description;
        this.persistent = persistent;
    }

    /** A new in-memory store holding the bundled graph. */
    public static LocalStore inMemory() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
        return new LocalStore(dsg, false, "in memory (bundled graph; changes last for this session)", false);
    }

    /** Opens or creates a TDB2 store; a new store starts with the bundled graph. */
    public static LocalStore tdb2(Path directory) {
        boolean fresh = !Files.isDirectory(directory) || isEmptyDir(directory);
        DatasetGraph dsg;
        try {
            dsg = TDB2Factory.connectDataset(directory.toString()).asDatasetGraph();
        } catch (RuntimeException e) {
            throw storeError(directory, e);
        }
        if (fresh) {
            Txn.executeWrite(dsg, () -> Bundle.loadInto(dsg));
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LocalStore(dsg, true, "TDB2 at " + directory.toAbsolutePath(), true);
    }

    private static AikgException storeError(Path directory, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock") || message.contains("Lock")) {
            return new AikgException(AikgException.Kind.STORE,
                    "Store in use: " + directory + " is open in another process (" + firstLine(message) + ")", e);
        }
        return new AikgException(AikgException.Kind.STORE, "Cannot open store " + directory + ": " + firstLine(message), e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static boolean isEmptyDir(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A view of the dataset whose default graph is the union of its named graphs; built per query, in its transaction. */
    private static DatasetGraph unionView(DatasetGraph dsg) {
        DatasetGraph view = DatasetGraphFactory.create(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(name -> view.addGraph(name, dsg.getGraph(name)));
        return view;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public QueryExecBuilder queryBuilder() {
        return QueryExecDatasetBuilder.create().dataset(nativeUnion ? dataset : unionView(dataset));
    }

    @Override
    public <T> T read(Supplier<T> action) {
        if (dataset.isInTransaction()) {
            return action.get();
        }
        return Txn.calculateRead(dataset, action);
    }

    @Override
    public void update(UpdateRequest update) {
        Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset).update(update).execute());
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
