package org.aikg.core.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile as plain text for the terminal, with the same content in the same order as the HTML page: the summary
 * (name, kinds, facts, notes, sections), then, when asked, every statement and the links to the entity, then the sources.
 */
public final class ProfileText {

    private static final int MAX_LABEL = 26;

    private ProfileText() {}

    /** The summary and the sources it refers to. */
    public static String summary(Profile profile) {
        StringBuilder sb = new StringBuilder();
        header(sb, profile);
        sources(sb, profile.summarySourceList());
        return sb.toString();
    }

    /** The summary, every statement, the links to the entity, and all sources. */
    public static String full(Profile profile) {
        StringBuilder sb = new StringBuilder();
        header(sb, profile);
        statements(sb, profile.statements());
        sources(sb, profile.sources());
        return sb.toString();
    }

    /** The sources' numbers as they are cited after a value, such as [1][3]. */
    public static String refs(List<Integer> sources) {
        return sources.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    private static void header(StringBuilder sb, Profile p) {
        sb.append(p.name()).append(" (").append(p.shortName()).append(")\n");
        if (!p.kinds().isEmpty()) {
            sb.append(String.join(", ", p.kinds())).append('\n');
        }
        if (!p.facts().isEmpty() || !p.notes().isEmpty()) {
            sb.append('\n');
            lines(sb, p.facts(), "  ");
            for (Value note : p.notes()) {
                sb.append("  ").append(cited(note)).append('\n');
            }
        }
        for (Section section : p.sections()) {
            sb.append('\n').append(section.heading()).append('\n');
            for (Entry entry : section.entries()) {
                sb.append("  ").append(cited(entry.head())).append('\n');
                lines(sb, entry.lines(), "    ");
            }
            if (section.more() > 0) {
                sb.append("  ").append(section.moreText()).append('\n');
            }
        }
    }

    private static void lines(StringBuilder sb, List<Line> lines, String indent) {
        int width = Math.min(MAX_LABEL, lines.stream().mapToInt(l -> l.label().length()).max().orElse(0));
        String pad = " ".repeat(width + 2);
        for (Line line : lines) {
            sb.append(indent).append(padded(line.label(), width)).append("  ");
            sb.append(line.values().stream().map(ProfileText::cited).collect(Collectors.joining("; ")));
            if (line.disagreement()) {
                sb.append(" (sources disagree)");
            }
            sb.append('\n');
            for (Value note : line.notes()) {
                sb.append(indent).append(pad).append(cited(note)).append('\n');
            }
        }
    }

    private static String padded(String label, int width) {
        return label.length() >= width ? label : label + " ".repeat(width - label.length());
    }

    private static String cited(Value value) {
        String refs = refs(value.sources());
        return value.plain() + (refs.isEmpty() ? "" : " " + refs);
    }

    private static void statements(StringBuilder sb, StatementTable table) {
        sb.append('\n').append(table.heading()).append('\n');
        int width = Math.min(MAX_LABEL, table.rows().stream().mapToInt(r -> r.property().text().length()).max().orElse(0));
        for (StatementRow row : table.rows()) {
            sb.append("  ").append(padded(row.property().text(), width)).append("  ").append(plain(row.value()))
                    .append("  ").append(refs(row.sources())).append('\n');
        }
        if (table.incomingTotal() > 0) {
            sb.append('\n').append(table.incomingHeading()).append('\n');
            for (IncomingLink link : table.incoming()) {
                sb.append("  ").append(link.subject().text()).append("  ").append(link.property().text())
                        .append("  ").append(refs(link.sources())).append('\n');
            }
            if (table.moreIncoming() > 0) {
                sb.append("  ").append(table.moreIncomingText()).append('\n');
            }
        }
    }

    private static String plain(List<Span> spans) {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    private static void sources(StringBuilder sb, List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        sb.append("\nSources\n");
        for (Source s : sources) {
            sb.append("  ").append(s.cite()).append(' ').append(s.title()).append(s.details());
            if (s.url() != null) {
                sb.append(", ").append(s.url());
            }
            sb.append('\n');
        }
    }
}
