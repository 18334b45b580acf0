package org.aikg.core.tabular;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Var;

/** One column a mapping reads: the variable its cells bind, its header name and aliases, its type, and whether every row must fill it. */
public record Column(Var variable, String name, List<String> aliases, CellType type, boolean required) {

    public Column {
        aliases = List.copyOf(aliases);
    }

    /** The header name first, then the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
