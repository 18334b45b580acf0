package org.aikg.shell.server.pages;

import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.aikg.core.KnowledgeGraph;
import org.aikg.core.format.OutputFormat;

/** /dumps/aikg.nq.gz (the dataset, one graph per source, gzipped) and /dumps/aikg.ttl (one merged graph). */
public final class Dumps {

    private final KnowledgeGraph graph;

    public Dumps(KnowledgeGraph graph) {
        this.graph = graph;
    }

    public Page page() {
        return (req, resp, rest) -> {
            switch (rest) {
                case "aikg.nq.gz" -> {
                    resp.setContentType("application/n-quads");
                    resp.setHeader("Content-Encoding", "gzip");
                    try (OutputStream out = new GZIPOutputStream(resp.getOutputStream())) {
                        graph.exporter().all(OutputFormat.NQUADS, out);
                    }
                }
                case "aikg.ttl" -> {
                    resp.setContentType("text/turtle; charset=utf-8");
                    graph.exporter().all(OutputFormat.TURTLE, resp.getOutputStream());
                }
                default -> Router.notFound(resp, "There is no dump /dumps/" + rest + "; there are aikg.nq.gz and aikg.ttl", List.of());
            }
        };
    }
}
