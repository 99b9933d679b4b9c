package org.wardops.practices;

/** An attachment with its bytes, for a download. */
public record PracticeAttachmentContent(PracticeAttachment attachment, byte[] content) {
}
