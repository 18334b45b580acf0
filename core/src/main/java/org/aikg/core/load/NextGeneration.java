package org.aikg.core.load;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.IO_DB;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.FilenameUtils;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * A new generation of a TDB2 database, built beside the current one and made current in one step. TDB2 keeps a
 * database directory as {@code Data-NNNN} generations and opens the highest; compaction makes the next one the same
 * way. The new one is built as {@code Data-NNNN-tmp}, a name TDB2 ignores when it opens the directory and deletes as
 * an unfinished compaction, and becomes {@code Data-NNNN} by an atomic rename once it is complete on disk. A process
 * killed at any moment therefore leaves either the old generation current or the new one complete.
 */
final class NextGeneration {

    private final DatasetGraphSwitchable container;
    private final DatasetGraphTDB current;
    private final Path building;
    private final Path finished;
    private DatasetGraphTDB database;

    /** Creates the empty next generation of the container's database; the caller holds the container's writers off. */
    NextGeneration(DatasetGraphSwitchable container) {
        this.container = container;
        this.current = (DatasetGraphTDB) container.get();
        Path now = IO_DB.asPath(current.getLocation());
        int version = FilenameUtils.extractIndex(now.getFileName().toString(), DatabaseOps.dbNameBase, DatabaseOps.SEP);
        String next = FilenameUtils.filename(DatabaseOps.dbNameBase, DatabaseOps.SEP, version + 1);
        this.finished = now.resolveSibling(next);
        this.building = now.resolveSibling(next + "-tmp");
        try {
            for (Path older : FilenameUtils.scanForDirByPattern(now.getParent(), DatabaseOps.dbNameBase, DatabaseOps.SEP)) {
                if (!older.equals(now)) {
                    IO.deleteAll(older);
                }
            }
            if (Files.exists(building)) {
                IO.deleteAll(building);
            }
            Files.createDirectory(building);
            Path config = now.resolve(Names.TDB_CONFIG_FILE);
            if (Files.exists(config)) {
                Files.copy(config, building.resolve(Names.TDB_CONFIG_FILE));
            }
        } catch (IOException | RuntimeException e) {
            throw failure("cannot prepare " + building, e);
        }
        this.database = StoreConnection.connectCreate(IO_DB.asLocation(building), current.getStoreParams(),
                current.getReorderTransform()).getDatasetGraphTDB();
    }

    /** The database being built. */
    DatasetGraphTDB database() {
        return database;
    }

    /** The database that is current until {@link #makeCurrent()}. */
    DatasetGraphTDB current() {
        return current;
    }

    /**
     * Closes the new generation, renames it into place and switches the open container to it, as TDB2's compaction
     * does; the old generation is then closed and deleted.
     */
    void makeCurrent() {
        Location built = database.getLocation();
        StoreConnection.release(built);
        database = null;
        try {
            sync(building);
            Files.move(building, finished, StandardCopyOption.ATOMIC_MOVE);
            sync(finished.getParent());
        } catch (IOException e) {
            throw failure("cannot rename " + building + " to " + finished, e);
        }
        Location location = IO_DB.asLocation(finished);
        ReorderTransformation reorder = DatabaseOps.chooseReorderTransformation(location);
        DatasetGraphTDB next = StoreConnection.connectCreate(location, current.getStoreParams(),
                reorder != null ? reorder : SystemTDB.getDefaultReorderTransform()).getDatasetGraphTDB();
        TransactionCoordinator oldCoordinator = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator newCoordinator = next.getTxnSystem().getTxnMgr();
        newCoordinator.execExclusive(() -> {
            newCoordinator.takeOverFrom(oldCoordinator);
            newCoordinator.modifyConfigDirect(() -> oldCoordinator.listExternals().forEach(newCoordinator::addExternal));
            if (!container.change(current, next)) {
                container.set(next);
            }
        });
        oldCoordinator.startExclusiveMode();
        Location old = current.getLocation();
        StoreConnection.release(old);
        IO.deleteAll(IO_DB.asPath(old));
    }

    /** Closes and deletes the unfinished generation; the current one is untouched. */
    void discard() {
        if (database != null) {
            StoreConnection.release(database.getLocation());
            database = null;
        }
        if (Files.exists(building)) {
            IO.deleteAll(building);
        }
    }

    /** Forces a directory's entries, or a directory tree's files, to disk. */
    private static void sync(Path path) throws IOException {
        List<Path> all;
        try (var walk = Files.walk(path)) {
            all = walk.toList();
        }
        for (Path p : all) {
            boolean dir = Files.isDirectory(p);
            try (FileChannel channel = FileChannel.open(p, dir ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static AikgException failure(String what, Exception e) {
        return new AikgException(Kind.STORE, "Bulk load: " + what + ": " + e.getMessage(), e);
    }
}
