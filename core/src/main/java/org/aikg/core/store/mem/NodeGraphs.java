package org.aikg.core.store.mem;

import java.util.Arrays;
import org.apache.jena.graph.Node;

/**
 * For each node, the ids of the graphs that hold it as a subject and of those that hold it as an object. A lookup may
 * name a graph that no longer holds the node, never the reverse, so readers check the graphs they are given. The keys
 * are the canonical instances of their nodes: triples are built from them, so that each node is held once.
 * <p>
 * An open-addressing table (linear probing) keeps it small: a key and two ints per slot. An int is 0 for no graph,
 * {@code id + 1} for one graph, or {@code -(set + 1)} for a sorted array of ids in {@link #sets}, never changed in
 * place, so an array handed out stays valid.
 */
final class NodeGraphs {

    static final int[] NONE = new int[0];
    private static final float LOAD = 0.7f;

    private Node[] keys = new Node[64];
    private int[] subjects = new int[64];
    private int[] objects = new int[64];
    private int size;
    private int[][] sets = new int[16][];
    private int[] freeSets = new int[16];
    private int freeCount;
    private int setCount;

    int size() {
        return size;
    }

    /** The instance this table holds for the node, or null when it holds none. */
    Node canonical(Node node) {
        int slot = slot(node);
        return keys[slot];
    }

    int[] subjectGraphs(Node node) {
        return graphs(node, subjects);
    }

    int[] objectGraphs(Node node) {
        return graphs(node, objects);
    }

    private int[] graphs(Node node, int[] codes) {
        int slot = slot(node);
        return keys[slot] == null ? NONE : decode(codes[slot]);
    }

    /** Records that the graph holds the node as a subject; returns the node's canonical instance. */
    Node addSubject(Node node, int graph) {
        int slot = insert(node);
        subjects[slot] = with(subjects[slot], graph);
        return keys[slot];
    }

    /** Records that the graph holds the node as an object; returns the node's canonical instance. */
    Node addObject(Node node, int graph) {
        int slot = insert(node);
        objects[slot] = with(objects[slot], graph);
        return keys[slot];
    }

    void removeSubject(Node node, int graph) {
        int slot = slot(node);
        if (keys[slot] != null) {
            subjects[slot] = without(subjects[slot], graph);
            dropIfUnused(slot);
        }
    }

    void removeObject(Node node, int graph) {
        int slot = slot(node);
        if (keys[slot] != null) {
            objects[slot] = without(objects[slot], graph);
            dropIfUnused(slot);
        }
    }

    /** Adds every entry of the other table to this one. */
    void addAll(NodeGraphs other) {
        for (int i = 0; i < other.keys.length; i++) {
            Node key = other.keys[i];
            if (key != null) {
                int slot = insert(key);
                for (int id : other.decode(other.subjects[i])) {
                    subjects[slot] = with(subjects[slot], id);
                }
                for (int id : other.decode(other.objects[i])) {
                    objects[slot] = with(objects[slot], id);
                }
            }
        }
    }

    private int slot(Node node) {
        int mask = keys.length - 1;
        int i = hash(node) & mask;
        while (true) {
            Node key = keys[i];
            if (key == null || key == node || key.equals(node)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private int insert(Node node) {
        int slot = slot(node);
        if (keys[slot] != null) {
            return slot;
        }
        if (size + 1 > keys.length * LOAD) {
            grow();
            slot = slot(node);
        }
        keys[slot] = node;
        size++;
        return slot;
    }

    private static int hash(Node node) {
        int h = node.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        Node[] oldKeys = keys;
        int[] oldSubjects = subjects;
        int[] oldObjects = objects;
        keys = new Node[oldKeys.length * 2];
        subjects = new int[keys.length];
        objects = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                subjects[slot] = oldSubjects[i];
                objects[slot] = oldObjects[i];
            }
        }
    }

    private void dropIfUnused(int slot) {
        if (subjects[slot] != 0 || objects[slot] != 0) {
            return;
        }
        int mask = keys.length - 1;
        int hole = slot;
        int i = slot;
        while (true) {
            i = (i + 1) & mask;
            Node key = keys[i];
            if (key == null) {
                break;
            }
            int home = hash(key) & mask;
            boolean stays = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!stays) {
                keys[hole] = key;
                subjects[hole] = subjects[i];
                objects[hole] = objects[i];
                hole = i;
            }
        }
        keys[hole] = null;
        subjects[hole] = 0;
        objects[hole] = 0;
        size--;
    }

    private int[] decode(int code) {
        if (code == 0) {
            return NONE;
        }
        return code > 0 ? new int[] {code - 1} : sets[-code - 1];
    }

    private int with(int code, int graph) {
        if (code == 0) {
            return graph + 1;
        }
        if (code > 0) {
            int one = code - 1;
            return one == graph ? code : store(one < graph ? new int[] {one, graph} : new int[] {graph, one});
        }
        int[] set = sets[-code - 1];
        int at = Arrays.binarySearch(set, graph);
        if (at >= 0) {
            return code;
        }
        int insertAt = -at - 1;
        int[] bigger = new int[set.length + 1];
        System.arraycopy(set, 0, bigger, 0, insertAt);
        bigger[insertAt] = graph;
        System.arraycopy(set, insertAt, bigger, insertAt + 1, set.length - insertAt);
        sets[-code - 1] = bigger;
        return code;
    }

    private int without(int code, int graph) {
        if (code >= 0) {
            return code == graph + 1 ? 0 : code;
        }
        int index = -code - 1;
        int[] set = sets[index];
        int at = Arrays.binarySearch(set, graph);
        if (at < 0) {
            return code;
        }
        if (set.length == 2) {
            release(index);
            return set[1 - at] + 1;
        }
        int[] smaller = new int[set.length - 1];
        System.arraycopy(set, 0, smaller, 0, at);
        System.arraycopy(set, at + 1, smaller, at, set.length - at - 1);
        sets[index] = smaller;
        return code;
    }

    private int store(int[] set) {
        int index;
        if (freeCount > 0) {
            index = freeSets[--freeCount];
        } else {
            if (setCount == sets.length) {
                sets = Arrays.copyOf(sets, setCount * 2);
            }
            index = setCount++;
        }
        sets[index] = set;
        return -index - 1;
    }

    private void release(int index) {
        sets[index] = null;
        if (freeCount == freeSets.length) {
            freeSets = Arrays.copyOf(freeSets, freeCount * 2);
        }
        freeSets[freeCount++] = index;
    }
}
