package org.aikg.core;

import java.net.URI;
import java.nio.file.Path;

/** Which store to open: the bundled graph in memory, a TDB2 directory, or a remote SPARQL endpoint. */
public sealed interface StoreSpec {

    /** The bundled graph, loaded into memory; writes last for the session. */
    record InMemory() implements StoreSpec {}

    /** A TDB2 database in a directory, created and filled with the bundled graph on first use. */
    record Tdb2(Path directory) implements StoreSpec {}

    /** A SPARQL 1.1 endpoint; user and password may be null. */
    record Remote(URI endpoint, String user, String password) implements StoreSpec {
        @Override
        public String toString() {
            return "Remote[" + endpoint + (user == null ? "" : ", user=" + user) + "]";
        }
    }

    static StoreSpec inMemory() {
        return new InMemory();
    }
}
