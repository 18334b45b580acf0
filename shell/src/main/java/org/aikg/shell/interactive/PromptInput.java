package org.aikg.shell.interactive;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.jline.JLineInputProvider;

/**
 * Reads prompt lines the way psql and bash do: Ctrl-C drops the line being typed and gives a fresh prompt, Ctrl-D on
 * an empty line leaves. (Spring Shell's own reader ends the whole session on Ctrl-C.)
 */
final class PromptInput extends JLineInputProvider {

    PromptInput(LineReader reader) {
        super(reader);
    }

    @Override
    public String readInput() {
        try {
            return super.readInput();
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
