package cn.energydata.classifier.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether bytes that no parser recognised are plain text after all, and in which charset. Tika calls a
 * GBK-encoded power-flow case with an unknown extension {@code application/octet-stream}; a classifier that refuses
 * such a file (or grades it as empty) misses exactly the data it exists for. Text is accepted when a whole sample
 * decodes strictly in one of the candidate charsets and holds almost no control characters; random or compressed
 * binary fails both tests (about one byte in eight of random data is a control character).
 */
final class TextSniffer {

    /** UTF-8 first (strict decoding rejects most non-UTF-8 text), then the Chinese national charset (a GBK superset). */
    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    static final int SAMPLE_BYTES = 256 * 1024;
    /** Control characters other than tab, line feed, form feed and carriage return allowed per 1 000 characters. */
    private static final int MAX_CONTROLS_PER_MILLE = 2;

    private TextSniffer() {
    }

    /** The charset the sample decodes in as text, if any. */
    static Optional<Charset> charsetOf(byte[] sample, int length, boolean complete) {
        if (length == 0) {
            return Optional.empty();
        }
        for (Charset cs : CANDIDATES) {
            CharBuffer chars = decodeStrictly(sample, length, cs, complete);
            if (chars != null && looksLikeText(chars)) {
                return Optional.of(cs);
            }
        }
        return Optional.empty();
    }

    static Optional<Charset> charsetOf(InputStream in) throws IOException {
        byte[] sample = in.readNBytes(SAMPLE_BYTES + 1);
        boolean complete = sample.length <= SAMPLE_BYTES;
        return charsetOf(sample, Math.min(sample.length, SAMPLE_BYTES), complete);
    }

    /**
     * Decodes strictly; when the sample is cut from a longer stream, up to 3 trailing bytes of a split character
     * are forgiven.
     */
    private static CharBuffer decodeStrictly(byte[] sample, int length, Charset cs, boolean complete) {
        int trimmed = complete ? 0 : 3;
        for (int cut = 0; cut <= trimmed && cut < length; cut++) {
            CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return decoder.decode(ByteBuffer.wrap(sample, 0, length - cut));
            } catch (CharacterCodingException e) {
                // try a shorter sample, or the next charset
            }
        }
        return null;
    }

    private static boolean looksLikeText(CharBuffer chars) {
        int controls = 0;
        int n = chars.remaining();
        for (int i = 0; i < n; i++) {
            char c = chars.get(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F || c == '\uFFFD') {
                controls++;
            }
        }
        return (long) controls * 1000 <= (long) n * MAX_CONTROLS_PER_MILLE;
    }
}
