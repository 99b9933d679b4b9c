package org.wardops.reporting.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A file answer with a UTF-8 file name that browsers save rather than open inline. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] content, String contentType, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }
}
