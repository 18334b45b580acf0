package org.aikg.core.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;

/**
 * An RDF file in one of the six syntaxes, gzipped or not, parsed strictly: relative IRIs in N-Triples and N-Quads,
 * bad IRIs and ill-formed literals in any syntax, bytes that are not UTF-8 and nesting too deep for the parser are
 * refused with the file's name and, where known, line and column. JSON-LD that names a remote context is refused, and
 * no JSON-LD document is ever fetched.
 */
record RdfFileSource(Path file, Lang lang) implements ImportSource {

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public void parse(StreamRDF sink) {
        try (InputStream in = open()) {
            RDFParserBuilder parser = isJsonLd() ? jsonLd(in) : RDFParser.source(in);
            parser.lang(lang).base(file.toUri().toString()).strict(true).errorHandler(new ParseErrors(name())).parse(sink);
        } catch (NoSuchFileException e) {
            throw new AikgException(Kind.NOT_FOUND, "No such file: " + file);
        } catch (IOException e) {
            throw new AikgException(Kind.SYNTAX, name() + ": cannot read: " + ParseErrors.oneLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw Nesting.tooDeep(name(), lang, this::reopen);
        } catch (RuntimeException e) {
            throw explain(e);
        }
    }

    private boolean isJsonLd() {
        return lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11);
    }

    /**
     * Reads the whole JSON-LD document, refuses remote contexts, and sets up a parser that leaves IRI checking to Jena
     * (Titanium would otherwise drop a node with a bad IRI and only log it) and cannot load any document.
     */
    private RDFParserBuilder jsonLd(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        JsonLdContexts.refuseRemote(name(), bytes);
        JsonLdOptions options = new JsonLdOptions();
        options.setUriValidation(UriValidationPolicy.None);
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "aikg loads no JSON-LD documents: " + url);
        });
        return RDFParser.source(new ByteArrayInputStream(bytes)).set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    /** The file's bytes, gunzipped by name, checked as UTF-8 unless RDF/XML that declares another encoding. */
    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(raw(), 1 << 16);
        return lang.equals(Lang.RDFXML) && !XmlEncoding.isUtf8(in) ? in : new StrictUtf8Stream(in, name());
    }

    private InputStream raw() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new LoudStream(file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, name());
    }

    private InputStream reopen() {
        try {
            return raw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failure from inside a parser as a one-line refusal: ours as it is, any other with the file's name. */
    private AikgException explain(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AikgException aikg) {
                return aikg;
            }
        }
        return new AikgException(Kind.SYNTAX, name() + ": " + ParseErrors.oneLine(rootMessage(e)), e);
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
