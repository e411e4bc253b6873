package cn.energydata.classifier;

import cn.energydata.classifier.corpus.Render;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile inputs, generated: a zip bomb, deep nesting, corrupt and encrypted documents. */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /** ~100 MB of text deflated to a few hundred KB. */
    public static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] line = "0123456789 abcdefghij klmnopqrst uvwxyz\n".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[line.length * 25_000];
        for (int i = 0; i < 25_000; i++) {
            System.arraycopy(line, 0, block, i * line.length, line.length);
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            for (long written = 0; written < 100_000_000L; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    public static byte[] nestedZip(int levels) throws IOException {
        byte[] current = "the innermost document".getBytes(StandardCharsets.UTF_8);
        String name = "inner.txt";
        for (int i = 0; i < levels; i++) {
            current = Render.zip(List.of(name), List.of(current));
            name = "level" + (levels - i) + ".zip";
        }
        return current;
    }

    public static byte[] corruptPdf() {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "garbage garbage \u0000\u0001\u0002 stream\nxref\n0 3\ntrailer\n<< /Root 9 0 R >>\n%%EOF")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] encryptedDocx() throws Exception {
        byte[] docx = Render.docx("机密：保护定值单");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("not-the-reader's");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
