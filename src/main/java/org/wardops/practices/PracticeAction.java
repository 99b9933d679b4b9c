package org.wardops.practices;

/** What the practices policy decides about. */
public enum PracticeAction { READ, PUBLISH, DECIDE, ADOPT, REPORT_RESULT, ATTACH }
