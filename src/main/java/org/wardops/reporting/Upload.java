package org.wardops.reporting;

/** A file sent for an attachment field; its type is decided by its content, never by its name. */
public record Upload(String fieldKey, String fileName, byte[] content) {
}
