/** The aikg data module: the curated, sourced dataset on the classpath, and the synthetic graph generator. */
package org.aikg.data;
