package org.aikg.shell.server.pages;

import java.util.List;
import org.aikg.core.profile.Profile;

/**
 * An entity's page: its profile (summary, statements, links, sources), the address of its neighbourhood picture
 * (null when no picture renderer is wired), and its other representations.
 */
public record EntityView(Profile profile, String picture, List<Format> formats) {

    public EntityView {
        formats = List.copyOf(formats);
    }

    /** Another representation of the page: its name, address, and whether it keeps one graph per source. */
    public record Format(String label, String href, boolean dataset) {}

    /** The formats that carry one merged graph. */
    public List<Format> graphFormats() {
        return formats.stream().filter(f -> !f.dataset()).toList();
    }

    /** The formats that carry the dataset, one named graph per source. */
    public List<Format> datasetFormats() {
        return formats.stream().filter(Format::dataset).toList();
    }
}
