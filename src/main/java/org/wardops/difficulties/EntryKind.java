package org.wardops.difficulties;

/** Entries of a difficulty's thread: answers and exchanges, and the notes that state changes require. */
public enum EntryKind {
    ANSWER,
    FEEDBACK,
    QUESTION,
    REPLY,
    REOPENED,
    FORWARDED,
    ESCALATED,
    DECLINED;

    /** The kinds a person writes as a comment, outside any state change. */
    public boolean isComment() {
        return this == FEEDBACK || this == QUESTION || this == REPLY;
    }
}
