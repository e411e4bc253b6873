package cn.energydata.classifier.service;

import cn.energydata.common.hash.Sha256;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * SHA-256 and size of a text's UTF-8 encoding, encoded 64 KiB at a time rather than into one array as large as the
 * text (up to 100 MB). Same result as {@code text.getBytes(UTF_8)}: a lone surrogate becomes {@code ?}.
 */
public record Utf8Fingerprint(String sha256, long size) {

    private static final int PIECE = 64 * 1024;

    public static Utf8Fingerprint of(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        MessageDigest digest = Sha256.digest();
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(PIECE);
        long size = 0;
        CoderResult result;
        do {
            result = encoder.encode(in, out, true);
            size += drain(out, digest);
        } while (result.isOverflow());
        do {
            result = encoder.flush(out);
            size += drain(out, digest);
        } while (result.isOverflow());
        return new Utf8Fingerprint(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static int drain(ByteBuffer out, MessageDigest digest) {
        out.flip();
        int n = out.remaining();
        digest.update(out);
        out.clear();
        return n;
    }
}
