/** The aikg engine: {@link org.aikg.core.KnowledgeGraph} is the one facade over stores, queries, import and export. */
package org.aikg.core;
