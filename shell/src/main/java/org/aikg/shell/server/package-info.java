/**
 * The aikg server: embedded Fuseki for SPARQL under the query policy, the linked-data pages (see the pages package),
 * the caps on requests and the security headers, and the same pages written out as a static site.
 */
package org.aikg.shell.server;
