/**
 * Tabular import: a CSV file becomes RDF through a mapping, a SPARQL CONSTRUCT query that runs once per row, tarql-style.
 *
 * <p>A mapping is a {@code .rq} file, shipped with aikg ({@code org/aikg/data/mappings/NAME.rq}, found by
 * {@link org.aikg.core.tabular.Mappings#resolve} under NAME) or the user's own. Its first comment line describes it;
 * comment lines starting with {@code @} declare the rest:
 * <pre>
 * # @graph   src:my-source                     the graph the triples go to (an IRI or a prefixed name of the query)
 * # @include ../epoch/catalogue.trig           an RDF file imported with the table, relative to the mapping
 * # @column  ?var "Header" ["Alias" ...] type [required]
 * </pre>
 * Each {@code @column} binds one column, found by its header name or an alias, to a variable; type is string, integer,
 * decimal, date, iri, boolean or list, and cells are parsed strictly by it (floats such as {@code 4.56e+24} become
 * plain xsd:decimal). An empty cell is unknown: its variable stays unbound, so template triples that use it are not
 * written. Every declared column must be in the file; a missing one is refused by name. The cells are in place of
 * their variables when the query runs (as if substituted); the query sees no data, so triple patterns, GRAPH and
 * SERVICE are refused.
 *
 * <p>Functions, in the namespace {@code https://w3id.org/aikg/tabular#} (tab:), registered for the import only:
 * {@code (?item ?position ?count) tab:split (?text "regex")} gives the items of a list cell;
 * {@code tab:entity(kind, ?name)} reconciles a name with the entity registry (kinds org, model, person, country,
 * hardware; exact names and aliases only) or mints an id: IRI; {@code tab:minted(?iri)} tells a minted entity, which
 * needs its name written; {@code tab:slug}, {@code tab:iri} and {@code tab:lookup} make slugs, links and concepts.
 *
 * <p>{@link org.aikg.core.tabular.CsvSource} hands the rows' triples to the importer, which validates and commits them
 * in one transaction.
 */
package org.aikg.core.tabular;
