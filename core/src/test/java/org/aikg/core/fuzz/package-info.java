/**
 * Coverage-guided fuzzing (Jazzer) of the query path, the RDF loaders and the CSV mapping: whatever the bytes, each
 * entry point succeeds or refuses them with one line and a kind, never hangs, and a refused write changes nothing.
 * Seeds are real inputs; findings are kept under {@code fuzz/<target>/} and replayed by every build.
 */
package org.aikg.core.fuzz;
