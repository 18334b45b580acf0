/** Bounded SPARQL execution: parsing with the project's prefixes, policy checks, parameters, deadlines and row caps. */
package org.aikg.core.query;
