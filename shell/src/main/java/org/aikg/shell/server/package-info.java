/** The linked-data server: embedded Fuseki for SPARQL, plus dereferenceable IRIs, HTML pages, VoID and dumps. */
package org.aikg.shell.server;
