package org.aikg.shell.command;

import org.aikg.core.KnowledgeGraph;
import org.aikg.shell.picture.neighbourhood.Caps;
import org.aikg.shell.picture.neighbourhood.NeighbourhoodReader;
import org.aikg.shell.picture.neighbourhood.NeighbourhoodSvg;
import org.aikg.shell.server.EntityPicture;
import org.aikg.ontology.AIKG;

/** The neighbourhood picture the server and the static site show on every entity page, its nodes linking to their pages. */
final class Pictures {

    private Pictures() {}

    static EntityPicture of(KnowledgeGraph graph) {
        NeighbourhoodReader reader = new NeighbourhoodReader(graph);
        NeighbourhoodSvg svg = new NeighbourhoodSvg(iri -> iri.startsWith(AIKG.ID) ? "/id/" + iri.substring(AIKG.ID.length()) : null);
        return entity -> svg.render(reader.read(entity, Caps.DEFAULT));
    }
}
