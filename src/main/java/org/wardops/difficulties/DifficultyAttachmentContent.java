package org.wardops.difficulties;

/** An attachment of a difficulty with its bytes, for download. */
public record DifficultyAttachmentContent(DifficultyAttachment attachment, byte[] content) {
}
