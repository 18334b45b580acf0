package org.aikg.shell.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.aikg.shell.server.pages.Representation;
import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void aBrowserGetsHtmlAndRdfClientsGetTheirSyntax() {
        assertThat(Representation.negotiate("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", true)).isEqualTo(Representation.HTML);
        assertThat(Representation.negotiate("text/turtle", true)).isEqualTo(Representation.TURTLE);
        assertThat(Representation.negotiate("application/ld+json", true)).isEqualTo(Representation.JSONLD);
        assertThat(Representation.negotiate("application/rdf+xml", true)).isEqualTo(Representation.RDFXML);
        assertThat(Representation.negotiate("application/n-quads", true)).isEqualTo(Representation.NQUADS);
    }

    @Test
    void qualityValuesDecide() {
        assertThat(Representation.negotiate("application/trig;q=0.5, text/turtle;q=0.4", true)).isEqualTo(Representation.TRIG);
        assertThat(Representation.negotiate("text/html;q=0.1, application/n-triples", true)).isEqualTo(Representation.NTRIPLES);
    }

    @Test
    void plainJsonAndXmlMeanJsonLdAndRdfXml() {
        assertThat(Representation.negotiate("application/json", true)).isEqualTo(Representation.JSONLD);
        assertThat(Representation.negotiate("application/xml", true)).isEqualTo(Representation.RDFXML);
    }

    @Test
    void anythingMeansHtmlForPagesAndTurtleForData() {
        assertThat(Representation.negotiate("*/*", true)).isEqualTo(Representation.HTML);
        assertThat(Representation.negotiate("*/*", false)).isEqualTo(Representation.TURTLE);
        assertThat(Representation.negotiate(null, true)).isEqualTo(Representation.HTML);
        assertThat(Representation.negotiate("", false)).isEqualTo(Representation.TURTLE);
    }

    @Test
    void nothingAcceptableIsNull() {
        assertThat(Representation.negotiate("image/png", true)).isNull();
        assertThat(Representation.negotiate("text/html", false)).isNull();
    }
}
