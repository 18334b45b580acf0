/**
 * The neighbourhood picture of an entity: a small value model (the centre, its neighbours, labelled links with
 * their sources, and what was cut), read from the store with caps, laid out with ELK and written as SVG.
 */
package org.aikg.shell.picture.neighbourhood;
