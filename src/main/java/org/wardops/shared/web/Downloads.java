package org.wardops.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A file download (documents, exports, attachments) with a UTF-8 file name, for pages and the API alike. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> file(byte[] content, String contentType, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }
}
