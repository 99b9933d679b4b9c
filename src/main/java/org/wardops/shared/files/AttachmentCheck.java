package org.wardops.shared.files;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.Hashing;
import org.wardops.shared.text.TextRules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * For every module that takes uploaded files (report attachments, a difficulty's evidence). Decides what an uploaded file is by its first bytes (and, for Office files, the parts inside the ZIP), never by its
 * name or the type the browser claims; gives it a safe name and a checksum.
 */
public final class AttachmentCheck {

    /** The file types an attachment may be. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png");

        public final String contentType;
        public final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int NAME_LIMIT = 120;
    private static final int ORIGINAL_NAME_LIMIT = 1_000;
    private static final int ZIP_ENTRIES_LIMIT = 2000;

    private AttachmentCheck() {
    }

    public static @Nullable Kind kindOf(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Kind.PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Kind.PNG;
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Kind.JPEG;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeKind(content);
        }
        return null;
    }

    private static @Nullable Kind officeKind(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_LIMIT) {
                if (entry.getName().equals("word/document.xml")) {
                    return Kind.DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Kind.XLSX;
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The name without any path or markup characters, at most 120 characters, ending in the type's extension. A name
     * holding a NUL, another control character or a bidi override is refused (400 on the field {@code file}): such a
     * name is an attack on whoever reads it later, not a typo to tidy away.
     */
    public static String safeName(@Nullable String original, Kind kind) {
        String name = original == null ? "" : original;
        TextRules.require("file", name, ORIGINAL_NAME_LIMIT, TextRules.Lines.SINGLE);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N} ._()-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("_+", "_")
                .replaceAll("^[. _]+", "")
                .strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean extensionFits = extension.equals(kind.extension) || (kind == Kind.JPEG && extension.equals("jpeg"));
        if (base.isBlank()) {
            base = "tep-dinh-kem";
        }
        String suffix = "." + (extensionFits ? extension : kind.extension);
        if (!extensionFits && !extension.isEmpty()) {
            base = base + "_" + extension;
        }
        if (base.length() + suffix.length() > NAME_LIMIT) {
            base = base.substring(0, NAME_LIMIT - suffix.length());
        }
        return base + suffix;
    }

    public static String sha256(byte[] content) {
        return Hashing.sha256(content);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
