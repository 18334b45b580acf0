/** A deterministic, streaming generator of large synthetic AI-industry graphs in the aikg ontology. */
package org.aikg.core.generate;
