/** Exploring the graph: statistics, finding entities by name, describing them with the source of each fact, export. */
package org.aikg.core.explore;
