package org.aikg.core;

import org.aikg.ontology.AIKG;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes every aikg query may use without declaring them, also used to shorten IRIs in output. */
public final class Prefixes {

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("aikg", AIKG.NS)
            .setNsPrefix("id", AIKG.ID)
            .setNsPrefix("src", AIKG.SOURCE)
            .setNsPrefix("graph", AIKG.GRAPH)
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("qudt", "http://qudt.org/schema/qudt/")
            .setNsPrefix("unit", "http://qudt.org/vocab/unit/")
            .setNsPrefix("spdx", "http://spdx.org/licenses/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("time", "http://www.w3.org/2006/time#")
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private Prefixes() {}

    /** The standard prefixes, read-only. */
    public static PrefixMapping standard() {
        return STANDARD;
    }
}
