/** Stores behind the facade: the bundled graph in memory, TDB2 on disk, and remote SPARQL endpoints. */
package org.aikg.core.store;
