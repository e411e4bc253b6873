package cn.energydata.classifier.corpus;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Renders a text or a table into document formats with the libraries Tika brings (POI, PDFBox, Compress). */
public final class Render {

    private Render() {
    }

    static String extension(String format) {
        return switch (format) {
            case "tgz" -> "tar.gz";
            case "gz" -> "txt.gz";
            default -> format;
        };
    }

    static byte[] render(String format, String id, String text) throws IOException {
        return switch (format) {
            case "txt" -> text.getBytes(StandardCharsets.UTF_8);
            case "utf16" -> concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "gbk" -> text.getBytes(Charset.forName("GBK"));
            case "gb18030" -> text.getBytes(Charset.forName("GB18030"));
            case "html" -> html(text).getBytes(StandardCharsets.UTF_8);
            case "docx" -> docx(text);
            case "pdf" -> pdf(text);
            case "pptx" -> pptx(text);
            case "odt" -> odt(text);
            case "eml" -> eml(text);
            case "zip" -> zip(List.of("inner/" + id + ".docx"), List.of(docx(text)));
            case "tgz" -> gzip(tar(id + ".txt", text.getBytes(StandardCharsets.UTF_8)));
            case "gz" -> gzip(text.getBytes(StandardCharsets.UTF_8));
            case "7z" -> sevenZ(id + ".txt", text.getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(format);
        };
    }

    public static byte[] table(String format, String sheet, List<List<String>> rows) throws IOException {
        if (format.equals("csv") || format.equals("tsv")) {
            String sep = format.equals("csv") ? "," : "\t";
            StringBuilder sb = new StringBuilder();
            rows.forEach(r -> sb.append(String.join(sep, r)).append('\n'));
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(sheet);
            for (int i = 0; i < rows.size(); i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static String html(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>document</title></head><body>");
        text.lines().forEach(l -> sb.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
        return sb.append("</body></html>").toString();
    }

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text.lines().forEach(l -> doc.createParagraph().createRun().setText(l));
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 740);
                for (String l : text.lines().toList()) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] pptx(String text) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = ppt.createSlide().createTextBox();
            box.setAnchor(new Rectangle(40, 40, 640, 400));
            box.setText(text);
            ppt.write(out);
            return out.toByteArray();
        }
    }

    static byte[] odt(String text) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        text.lines().forEach(l -> content.append("<text:p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p>"));
        content.append("</office:text></office:body></office:document-content>");
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] eml(String text) {
        String mail = "From: operations@example.org\r\nTo: review@example.org\r\nSubject: corpus mail\r\n"
                + "Date: Sat, 28 Nov 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] tar(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(content.length);
            tar.putArchiveEntry(e);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    static byte[] sevenZ(String name, byte[] content) throws IOException {
        Path tmp = Files.createTempFile("corpus", ".7z");
        try {
            try (SevenZOutputFile out = new SevenZOutputFile(tmp.toFile())) {
                SevenZArchiveEntry e = new SevenZArchiveEntry();
                e.setName(name);
                e.setSize(content.length);
                e.setLastModifiedDate(new java.util.Date(1_790_000_000_000L));
                e.setHasLastModifiedDate(true);
                out.putArchiveEntry(e);
                out.write(content);
                out.closeArchiveEntry();
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
