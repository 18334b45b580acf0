/**
 * The in-memory store: named graphs held compactly in memory, the union of them as the default graph, and
 * transactions with one writer beside any number of readers.
 */
package org.aikg.core.store.mem;
