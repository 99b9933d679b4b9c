package org.wardops.shared.files;

import org.junit.jupiter.api.Test;
import org.wardops.shared.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AttachmentCheckTests {

    @Test
    void judgesFilesByTheirContentNotTheirName() throws IOException {
        assertThat(AttachmentCheck.kindOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(AttachmentCheck.Kind.PDF);
        assertThat(AttachmentCheck.kindOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0})).isEqualTo(AttachmentCheck.Kind.PNG);
        assertThat(AttachmentCheck.kindOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).isEqualTo(AttachmentCheck.Kind.JPEG);
        assertThat(AttachmentCheck.kindOf(zip("word/document.xml"))).isEqualTo(AttachmentCheck.Kind.DOCX);
        assertThat(AttachmentCheck.kindOf(zip("xl/workbook.xml"))).isEqualTo(AttachmentCheck.Kind.XLSX);
        assertThat(AttachmentCheck.kindOf(zip("payload.exe"))).isNull();
        assertThat(AttachmentCheck.kindOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(AttachmentCheck.kindOf("<html><script>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(AttachmentCheck.kindOf(new byte[0])).isNull();
    }

    @Test
    void refusesANameWithANulOrABidiOverride() {
        assertThatThrownBy(() -> AttachmentCheck.safeName("bao-cao\u0000.pdf", AttachmentCheck.Kind.PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageKey)
                        .containsExactly(tuple("file", "shared.error.text.control")));
        assertThatThrownBy(() -> AttachmentCheck.safeName("hoa-don\u202Efdp.exe", AttachmentCheck.Kind.PDF))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sanitisesNamesAndKeepsVietnamese() {
        assertThat(AttachmentCheck.safeName("C:\\Users\\mai\\Danh mục thiết bị.pdf", AttachmentCheck.Kind.PDF)).isEqualTo("Danh mục thiết bị.pdf");
        assertThat(AttachmentCheck.safeName("../../etc/passwd", AttachmentCheck.Kind.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentCheck.safeName("<script>x</script>.png", AttachmentCheck.Kind.PNG)).isEqualTo("script_.png");
        assertThat(AttachmentCheck.safeName("bao-cao.exe", AttachmentCheck.Kind.DOCX)).isEqualTo("bao-cao_exe.docx");
        assertThat(AttachmentCheck.safeName("", AttachmentCheck.Kind.JPEG)).isEqualTo("tep-dinh-kem.jpg");
        assertThat(AttachmentCheck.safeName("a".repeat(300) + ".xlsx", AttachmentCheck.Kind.XLSX)).hasSize(120).endsWith(".xlsx");
    }

    @Test
    void checksumIsSha256() {
        assertThat(AttachmentCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
