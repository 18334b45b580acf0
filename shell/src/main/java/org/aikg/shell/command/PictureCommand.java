package org.aikg.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.picture.neighbourhood.Caps;
import org.aikg.shell.picture.neighbourhood.Neighbourhood;
import org.aikg.shell.picture.neighbourhood.NeighbourhoodReader;
import org.aikg.shell.picture.neighbourhood.NeighbourhoodSvg;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Draws an entity's neighbourhood: its relations, labelled and coloured by kind, with the source of each, as SVG. */
@Command(name = "picture", description = "Draw an entity and its neighbours as an SVG picture.", footer = {
        "Relations are labelled and coloured by kind; each link names its sources (hover, and the legend).",
        "A relation with many neighbours shows the first few and \"and N more\".",
        "Example: aikg picture DeepSeek-V3 --out deepseek-v3.svg"})
final class PictureCommand implements AikgCommand {

    @Mixin
    EntityName name;

    @Option(names = "--out", paramLabel = "FILE", description = "write the SVG to FILE (stdout without it)")
    Path out;

    @Option(names = "--per-relation", paramLabel = "N", description = "neighbours shown per relation (6 by default)")
    int perRelation = Caps.DEFAULT.perRelation();

    @Option(names = "--total", paramLabel = "N", description = "neighbours shown in all (30 by default)")
    int total = Caps.DEFAULT.total();

    @Override
    public int execute(Session session) {
        if (perRelation < 1 || total < 1 || total > 500) {
            throw new AikgException(Kind.USAGE, "--per-relation and --total are whole numbers from 1 (--total at most 500)");
        }
        Node entity = name.resolve(session.graph().explorer());
        Neighbourhood hood = new NeighbourhoodReader(session.graph()).read(entity, new Caps(perRelation, total));
        String svg = new NeighbourhoodSvg().render(hood);
        if (out == null) {
            session.out().print(svg);
            return ExitCodes.OK;
        }
        try {
            Files.writeString(out, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot write " + out + ": " + e.getMessage());
        }
        if (session.terminal()) {
            session.err().println("Wrote " + out + " (" + hood.neighbours().size() + " neighbours"
                    + (hood.cutTotal() > 0 ? ", " + hood.cutTotal() + " more not drawn" : "") + ")");
        }
        return ExitCodes.OK;
    }
}
