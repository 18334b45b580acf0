package org.aikg.shell.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.aikg.shell.server.pages.Links;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static String href(String iri) {
        return Links.href(NodeFactory.createURI(iri));
    }

    @Test
    void onlyWebAndMailAddressesLinkOutward() {
        assertThat(href("https://arxiv.org/abs/2412.19437")).isEqualTo("https://arxiv.org/abs/2412.19437");
        assertThat(href("http://example.org/x")).isEqualTo("http://example.org/x");
        assertThat(href("mailto:someone@example.org")).isEqualTo("mailto:someone@example.org");
        assertThat(href("javascript:alert(1)")).isNull();
        assertThat(href("JavaScript:alert(1)")).isNull();
        assertThat(href("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(href("file:///etc/passwd")).isNull();
        assertThat(href("urn:isbn:0451450523")).isNull();
    }

    @Test
    void aikgEntitiesSourcesGraphsAndTermsLinkToTheirPagesHere() {
        assertThat(href("https://w3id.org/aikg/id/deepseek-v3")).isEqualTo("/id/deepseek-v3");
        assertThat(href("https://w3id.org/aikg/source/computerworld-ai-bust")).isEqualTo("/source/computerworld-ai-bust");
        assertThat(href("https://w3id.org/aikg/graph/entities")).isEqualTo("/graph/entities");
        assertThat(href("https://w3id.org/aikg/ns#AIModel")).isEqualTo("/ns#AIModel");
    }

    @Test
    void documentNamesAndEntitiesGoBothWays() {
        assertThat(Links.entity("deepseek-v3").getURI()).isEqualTo("https://w3id.org/aikg/id/deepseek-v3");
        assertThat(Links.entity("source/computerworld-ai-bust").getURI()).isEqualTo("https://w3id.org/aikg/source/computerworld-ai-bust");
        assertThat(Links.entity("../etc/passwd")).isNull();
        assertThat(Links.entity("source/a/b")).isNull();
        assertThat(Links.entity("other/x")).isNull();
    }
}
