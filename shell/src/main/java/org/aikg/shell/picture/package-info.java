/**
 * Pictures of the graph as deterministic SVG and terminal text, and the number formatting they share with the
 * profile pages; the neighbourhood graph and the charts live in the sub-packages.
 */
package org.aikg.shell.picture;
