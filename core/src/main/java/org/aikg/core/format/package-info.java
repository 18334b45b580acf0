/** Output formats for query results and graphs, including the aligned text table. */
package org.aikg.core.format;
