package org.aikg.shell.picture.neighbourhood;

import java.util.List;

/** A box to draw: what it stands for, its lines of text, its size; the layout then gives it a place. */
record Box(String id, Role role, List<String> lines, String note, double width, double height) {

    /** What a box stands for, which decides its shape and fonts. */
    enum Role { CENTRE, NEIGHBOUR, RELATION, CUT }
}
