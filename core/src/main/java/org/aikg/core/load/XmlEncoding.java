package org.aikg.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an XML document is in UTF-8, from its first bytes as XML 1.0 (appendix F) has a reader tell: a byte-order
 * mark, else the encoding its prolog declares, else UTF-8. A document in another encoding is left to the XML parser.
 */
final class XmlEncoding {

    private static final int PROLOG = 512;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlEncoding() {}

    /** Reads the start of the stream, which must support mark and reset, and resets it. */
    static boolean isUtf8(InputStream in) throws IOException {
        in.mark(PROLOG);
        byte[] head = in.readNBytes(PROLOG);
        in.reset();
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        int skip = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        Matcher declared = DECLARED.matcher(new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1));
        return !declared.find() || declared.group(1).equalsIgnoreCase("UTF-8") || declared.group(1).equalsIgnoreCase("UTF8");
    }
}
