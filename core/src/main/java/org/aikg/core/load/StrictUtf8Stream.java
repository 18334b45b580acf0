package org.aikg.core.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;

/**
 * Passes bytes through unchanged while decoding them strictly as UTF-8, and refuses the input at the first byte that
 * is not UTF-8, naming its line, column and byte offset. Parsers of the text syntaxes would otherwise put U+FFFD in
 * its place and go on.
 */
final class StrictUtf8Stream extends FilterInputStream {

    private final String input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer scratch = CharBuffer.allocate(1 << 13);
    private ByteBuffer pending = ByteBuffer.allocate(0);
    private long offset;
    private long line = 1;
    private long column = 1;
    private boolean ended;

    StrictUtf8Stream(InputStream in, String input) {
        super(in);
        this.input = input;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            end();
        } else if (n > 0) {
            check(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 1 << 13)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] b, int off, int n) {
        ByteBuffer bytes;
        if (pending.hasRemaining()) {
            bytes = ByteBuffer.allocate(pending.remaining() + n);
            bytes.put(pending).put(b, off, n).flip();
        } else {
            bytes = ByteBuffer.wrap(b, off, n);
        }
        decode(bytes, false);
        int left = bytes.remaining();
        pending = ByteBuffer.allocate(left);
        pending.put(bytes).flip();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        decode(pending, true);
    }

    private void decode(ByteBuffer bytes, boolean last) {
        while (true) {
            int start = bytes.position();
            scratch.clear();
            CoderResult result = decoder.decode(bytes, scratch, last);
            count(bytes, start, bytes.position());
            if (result.isError()) {
                refuse(bytes);
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    /** Advances line, column and offset over bytes that decoded cleanly; the column counts characters. */
    private void count(ByteBuffer bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte v = bytes.get(i);
            if (v == '\n') {
                line++;
                column = 1;
            } else if ((v & 0xC0) != 0x80) {
                column++;
            }
        }
        offset += to - from;
    }

    private void refuse(ByteBuffer bytes) {
        String what = bytes.hasRemaining()
                ? String.format("byte 0x%02X", bytes.get(bytes.position()) & 0xFF)
                : "a truncated character at the end";
        throw new AikgException(Kind.SYNTAX, input + ":" + line + ":" + column + ": not UTF-8: " + what
                + " at byte offset " + offset);
    }
}
