package org.aikg.core.tabular;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueNode;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The functions of the mapping language, in the namespace {@value #NS}, registered in the context of one import only
 * so that they never leak into users' queries.
 */
final class TabularFunctions {

    /** The namespace of the mapping functions, usually given the prefix tab:. */
    static final String NS = "https://w3id.org/aikg/tabular#";

    /** The local names of the functions (not the property function tab:split). */
    static final Set<String> FUNCTIONS = Set.of("entity", "minted", "slug", "iri", "lookup");

    private TabularFunctions() {}

    /** A query context with the mapping functions bound to this import's reconciler (null: for checking a mapping only). */
    static Context context(Reconciler reconciler) {
        Context context = ARQ.getContext().copy();
        FunctionRegistry functions = FunctionRegistry.createFrom(FunctionRegistry.get());
        functions.put(NS + "entity", uri -> new Entity(reconciler));
        functions.put(NS + "minted", uri -> new Minted(reconciler));
        functions.put(NS + "slug", uri -> new Slug());
        functions.put(NS + "iri", uri -> new Iri());
        functions.put(NS + "lookup", uri -> new Lookup());
        FunctionRegistry.set(context, functions);
        PropertyFunctionRegistry properties = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        properties.put(NS + "split", uri -> new Split());
        PropertyFunctionRegistry.set(context, properties);
        return context;
    }

    private static String text(NodeValue value, String function) {
        Node node = value.asNode();
        if (!node.isLiteral()) {
            throw new ExprEvalException(function + ": not a text: " + node);
        }
        return node.getLiteralLexicalForm();
    }

    /** tab:entity(kind, name): the registry entity of that kind with that name or alias, else a minted IRI. */
    static final class Entity extends FunctionBase {
        private final Reconciler reconciler;

        Entity(Reconciler reconciler) {
            this.reconciler = reconciler;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2) {
                throw new org.apache.jena.query.QueryBuildException("tab:entity takes a kind and a name");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String word = text(args.get(0), "tab:entity");
            Kind kind = Kind.named(word).orElseThrow(() -> new RowError(
                    "tab:entity: unknown kind " + CellType.quoted(word) + "; use " + Kind.words()));
            String name = text(args.get(1), "tab:entity");
            if (name.isBlank()) {
                throw new ExprEvalException("tab:entity: empty name");
            }
            return new NodeValueNode(reconciler.entity(kind, name));
        }
    }

    /** tab:minted(iri): the IRI when this import minted it rather than found it in the registry; unbound otherwise. */
    static final class Minted extends FunctionBase {
        private final Reconciler reconciler;

        Minted(Reconciler reconciler) {
            this.reconciler = reconciler;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 1) {
                throw new org.apache.jena.query.QueryBuildException("tab:minted takes one IRI");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Node node = args.get(0).asNode();
            if (node.isURI() && reconciler.minted(node)) {
                return args.get(0);
            }
            throw new ExprEvalException("tab:minted: not minted");
        }
    }

    /** tab:slug(text): the text as a lower-case slug of letters, digits and hyphens. */
    static final class Slug extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 1) {
                throw new org.apache.jena.query.QueryBuildException("tab:slug takes one text");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return NodeValue.makeString(Slugs.slug(text(args.get(0), "tab:slug")));
        }
    }

    /** tab:iri(text): the http or https IRI the text spells; unbound when it spells none. */
    static final class Iri extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 1) {
                throw new org.apache.jena.query.QueryBuildException("tab:iri takes one text");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = text(args.get(0), "tab:iri").strip();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    return new NodeValueNode(org.apache.jena.graph.NodeFactory.createURI(CellType.absoluteIri(text)));
                } catch (IllegalArgumentException e) {
                    // not an IRI: unbound
                }
            }
            throw new ExprEvalException("tab:iri: not an http(s) IRI");
        }
    }

    /** tab:lookup(value, key1, result1, key2, result2, ...): the result paired with the value; any other value is an error. */
    static final class Lookup extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() % 2 == 0) {
                throw new org.apache.jena.query.QueryBuildException("tab:lookup takes a value and then pairs of key and result");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String value = text(args.get(0), "tab:lookup");
            StringBuilder keys = new StringBuilder();
            for (int i = 1; i < args.size(); i += 2) {
                String key = text(args.get(i), "tab:lookup");
                if (key.equals(value)) {
                    return args.get(i + 1);
                }
                keys.append(i == 1 ? "" : ", ").append(key);
            }
            throw new RowError(CellType.quoted(value) + " is not a value the mapping knows (" + keys + ")", value);
        }
    }
}
