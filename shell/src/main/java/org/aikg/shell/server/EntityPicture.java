package org.aikg.shell.server;

import org.apache.jena.graph.Node;

/** Draws an entity's neighbourhood as an SVG document; entity pages show it at /doc/NAME.svg when one is given. */
@FunctionalInterface
public interface EntityPicture {

    /** The SVG document for the entity. */
    String svg(Node entity);
}
