package org.wardops.difficulties;

/** What a person can do with a difficulty; the facade decides which ones the actor may do now. */
public enum DifficultyAction {
    EDIT,
    SUBMIT,
    ACCEPT,
    ANSWER,
    RESOLVE,
    REOPEN,
    FORWARD,
    ESCALATE,
    DECLINE,
    COSIGN,
    FEEDBACK,
    QUESTION,
    REPLY,
    ATTACH
}
