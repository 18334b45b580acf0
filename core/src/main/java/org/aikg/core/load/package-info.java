/**
 * All-or-nothing import: parse strictly (bad IRIs, bytes that are not UTF-8, nesting too deep and remote JSON-LD
 * contexts refused with file, line and column), leave out blank-node trees the store already holds, validate each
 * graph on its own against the shapes, then commit once.
 */
package org.aikg.core.load;
