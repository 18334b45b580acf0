/** The aikg data module's API: the curated, sourced dataset, the named queries and the CSV mappings it ships. */
package org.aikg.data;
