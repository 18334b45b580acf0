package org.aikg.core.store.mem;

import org.apache.jena.graph.Node;

/** The graphs a triple pattern has to look in: those that hold its subject and its object, or all of them. */
final class Candidates {

    private Candidates() {}

    /** Ascending graph ids; every graph with a triple that matches the pattern is among them. */
    static int[] of(DataView view, Node s, Node o) {
        boolean subject = s != null && s.isConcrete();
        boolean object = o != null && o.isConcrete();
        if (subject && object) {
            return intersection(view.subjectGraphs(s), view.objectGraphs(o));
        }
        if (subject) {
            return view.subjectGraphs(s);
        }
        if (object) {
            return view.objectGraphs(o);
        }
        return view.ids();
    }

    private static int[] intersection(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return NodeGraphs.NONE;
        }
        if (a.length == 1) {
            return java.util.Arrays.binarySearch(b, a[0]) >= 0 ? a : NodeGraphs.NONE;
        }
        if (b.length == 1) {
            return java.util.Arrays.binarySearch(a, b[0]) >= 0 ? b : NodeGraphs.NONE;
        }
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
