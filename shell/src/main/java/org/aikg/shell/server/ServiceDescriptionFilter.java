package org.aikg.shell.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A GET on the endpoint without a query returns its SPARQL 1.1 Service Description, in Turtle. */
final class ServiceDescriptionFilter implements Filter {

    private final boolean updates;

    ServiceDescriptionFilter(boolean updates) {
        this.updates = updates;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (req.getMethod().equals("GET") && req.getParameter("query") == null) {
            String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            String description = """
                    @prefix sd:   <http://www.w3.org/ns/sparql-service-description#> .
                    @prefix void: <http://rdfs.org/ns/void#> .

                    <%1$s/aikg/sparql> a sd:Service ;
                        sd:endpoint <%1$s/aikg/sparql> ;
                        sd:supportedLanguage sd:SPARQL11Query%2$s ;
                        sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ,
                            <http://www.w3.org/ns/formats/SPARQL_Results_XML> , <http://www.w3.org/ns/formats/SPARQL_Results_CSV> ,
                            <http://www.w3.org/ns/formats/SPARQL_Results_TSV> , <http://www.w3.org/ns/formats/Turtle> ,
                            <http://www.w3.org/ns/formats/N-Triples> , <http://www.w3.org/ns/formats/JSON-LD> ,
                            <http://www.w3.org/ns/formats/RDF_XML> ;
                        sd:feature sd:UnionDefaultGraph ;
                        sd:defaultDataset [ a sd:Dataset ; void:sparqlEndpoint <%1$s/aikg/sparql> ;
                            sd:defaultGraph [ a sd:Graph ] ] .
                    """.formatted(base, updates ? " , sd:SPARQL11Update" : "");
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setContentType("text/turtle; charset=utf-8");
            resp.getOutputStream().write(description.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
