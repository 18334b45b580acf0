package org.aikg.core.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;

/**
 * Turns a failed read (a gzip stream cut short, a disk error) into a refusal naming the input. Jena's text parsers
 * take an {@link IOException} from their input for its end, so a truncated .gz file would otherwise import whatever
 * came before the cut without a word.
 */
final class LoudStream extends FilterInputStream {

    private final String input;

    LoudStream(InputStream in, String input) {
        super(in);
        this.input = input;
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private AikgException failed(IOException e) {
        return new AikgException(Kind.SYNTAX, input + ": cannot read: " + ParseErrors.oneLine(e.getMessage()), e);
    }
}
