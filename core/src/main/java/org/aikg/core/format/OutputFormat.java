package org.aikg.core.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aikg.core.AikgException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/** An output syntax: tabular ones for SELECT and ASK, RDF ones for CONSTRUCT, DESCRIBE and export. */
public enum OutputFormat {
    TABLE(null, "txt"),
    CSV(ResultSetLang.RS_CSV, "csv"),
    TSV(ResultSetLang.RS_TSV, "tsv"),
    JSON(ResultSetLang.RS_JSON, "srj"),
    XML(ResultSetLang.RS_XML, "srx"),
    TURTLE(Lang.TURTLE, "ttl"),
    NTRIPLES(Lang.NTRIPLES, "nt"),
    NQUADS(Lang.NQUADS, "nq"),
    TRIG(Lang.TRIG, "trig"),
    JSONLD(Lang.JSONLD, "jsonld"),
    RDFXML(Lang.RDFXML, "rdf");

    private final Lang lang;
    private final String extension;

    OutputFormat(Lang lang, String extension) {
        this.lang = lang;
        this.extension = extension;
    }

    /** The Jena language, or null for the text table. */
    public Lang lang() {
        return lang;
    }

    public String extension() {
        return extension;
    }

    /** Whether this format writes SELECT and ASK results. */
    public boolean tabular() {
        return ordinal() <= XML.ordinal();
    }

    /** Whether this format can hold named graphs. */
    public boolean quads() {
        return this == NQUADS || this == TRIG || this == JSONLD;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a format name as typed by a user, accepting a few common aliases. */
    public static OutputFormat parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (key) {
            case "table", "text", "txt" -> TABLE;
            case "csv" -> CSV;
            case "tsv" -> TSV;
            case "json", "srj" -> JSON;
            case "xml", "srx" -> XML;
            case "turtle", "ttl" -> TURTLE;
            case "ntriples", "nt" -> NTRIPLES;
            case "nquads", "nq" -> NQUADS;
            case "trig" -> TRIG;
            case "jsonld" -> JSONLD;
            case "rdfxml", "rdf", "owl" -> RDFXML;
            default -> throw new AikgException(AikgException.Kind.USAGE,
                    "Unknown format '" + name + "'. Use one of: " + names());
        };
    }

    /** Every format name, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "));
    }

    /** The RDF format for a file name's extension (also under .gz), or null when unknown. */
    public static Lang langForFile(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return RDFLanguages.filenameToLang(name);
    }
}
