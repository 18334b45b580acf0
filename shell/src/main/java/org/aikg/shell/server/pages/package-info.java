/**
 * The server's pages: a router, one class per page family (entity documents, home, class lists, search, query form,
 * ontology, dumps, VoID), the views the JTE templates render, content negotiation and safe links.
 */
package org.aikg.shell.server.pages;
