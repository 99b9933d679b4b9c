package org.wardops.citizensupport;

/** The answer to a logged entry: the record, and whether this call created it or it had been received before. */
public record AssistanceLogged(AssistanceView entry, boolean created) {
}
