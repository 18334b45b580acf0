package org.aikg.shell.picture.neighbourhood;

import java.util.List;
import java.util.Map;

/** The laid-out picture: where each box sits and the route of each edge, in a canvas of the given size. */
record Drawing(Map<String, Placed> boxes, List<Route> routes, double width, double height) {

    /** A box at its place: top left corner. */
    record Placed(Box box, double x, double y) {}

    /** The points an edge passes through, from its start to its end. */
    record Route(String from, String to, List<double[]> points) {}
}
