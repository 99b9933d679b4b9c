package org.wardops.documents;

/** A rendered file with what a download needs. */
public record RenderedDocument(byte[] content, String contentType, String fileName) {
}
