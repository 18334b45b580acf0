package org.aikg.core.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an RFC 4180 CSV file read with Apache Commons CSV (quoted commas and line breaks, CRLF or LF, a UTF-8
 * byte order mark skipped, blank lines ignored), each with the line it starts on; broken quoting fails with one line.
 */
final class CsvRows implements Iterator<CsvRows.Row>, AutoCloseable {

    /** One record: its number (0 for the header, 1 for the first row after it), the line it starts on, its cells. */
    record Row(long number, long line, List<String> cells) {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern START_LINE = Pattern.compile("\\(startline ([\\d,]+)\\)");

    private final Path file;
    private final LineCounter counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;
    private long lastNumber = -1;
    private List<String> header = List.of();

    private CsvRows(Path file, LineCounter counter, CSVParser parser) {
        this.file = file;
        this.counter = counter;
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRows open(Path file) {
        try {
            PushbackReader reader = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1);
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
            LineCounter counter = new LineCounter(reader);
            return new CsvRows(file, counter, CSVParser.builder().setReader(counter).setFormat(FORMAT).get());
        } catch (NoSuchFileException e) {
            throw new AikgException(Kind.NOT_FOUND, "No such file: " + file);
        } catch (CharacterCodingException e) {
            throw new AikgException(Kind.SYNTAX, file + ": line 1: not UTF-8 text");
        } catch (IOException e) {
            throw new AikgException(Kind.SYNTAX, file + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw problem(e.getCause() != null ? e.getCause() : e);
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        lastNumber = record.getRecordNumber() - 1;
        lastLine = parser.getCurrentLineNumber();
        if (lastNumber == 0) {
            header = record.toList();
        }
        return new Row(lastNumber, counter.lineOf(record.getCharacterPosition()), record.toList());
    }

    /** The one-line error for broken quoting or text that is not UTF-8, with the row and line where it happens. */
    private AikgException problem(Throwable cause) {
        String row = lastNumber < 0 ? "header" : "row " + (lastNumber + 1);
        String where = file + ": " + row + " (line " + (lastLine + 1) + ")";
        if (cause instanceof CharacterCodingException) {
            return new AikgException(Kind.SYNTAX, file + ": line " + counter.lines() + ": not UTF-8 text");
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            Matcher m = START_LINE.matcher(message);
            long quoteLine = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : lastLine + 1;
            int column = UnclosedQuote.column(file, lastLine + 1);
            String named = column < 1 ? "" : column <= header.size() ? ", column \"" + header.get(column - 1) + "\"" : ", column " + column;
            return new AikgException(Kind.SYNTAX, file + ": " + row + " (line " + quoteLine + ")" + named
                    + ": unterminated quote: the quoted cell is not closed before the end of the file");
        }
        return new AikgException(Kind.SYNTAX, where + ": " + message.replaceAll("\\s+", " "), cause);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing to do once reading is over
        }
    }

    /** Counts line breaks (LF, CR or CRLF) as characters pass, to tell the line a character position falls on. */
    private static final class LineCounter extends FilterReader {
        private long[] starts = new long[1024];
        private int count;
        private long position;
        private boolean afterCr;

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c != -1) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            position++;
            if (c == '\n' && afterCr) {
                starts[count - 1] = position;
            } else if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = position;
            }
            afterCr = c == '\r';
        }

        /** The line (from 1) that holds the character at this position (from 0). */
        long lineOf(long characterPosition) {
            int low = 0;
            int high = count;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] <= characterPosition) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low + 1;
        }

        long lines() {
            return count + 1;
        }
    }

    /** Finds which cell of a record opens a quote that is never closed, by reading the record again from its line. */
    private static final class UnclosedQuote {
        static int column(Path file, long line) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long current = 1;
                int c = in.read();
                if (c == '\uFEFF') {
                    c = in.read();
                }
                while (c != -1 && current < line) {
                    if (c == '\n' || c == '\r') {
                        int next = in.read();
                        current++;
                        c = c == '\r' && next == '\n' ? in.read() : next;
                        continue;
                    }
                    c = in.read();
                }
                int cell = 1;
                int opened = 0;
                boolean quoted = false;
                boolean justClosed = false;
                boolean atCellStart = true;
                for (; c != -1; c = in.read()) {
                    boolean closing = false;
                    if (quoted) {
                        closing = c == '"';
                        quoted = !closing;
                    } else if (c == '"' && (atCellStart || justClosed)) {
                        quoted = true;
                        opened = atCellStart ? cell : opened;
                    } else if (c == ',' || c == '\n' || c == '\r') {
                        cell = c == ',' ? cell + 1 : 1;
                        atCellStart = true;
                        justClosed = false;
                        continue;
                    }
                    justClosed = closing;
                    atCellStart = false;
                }
                return quoted ? opened : 0;
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
