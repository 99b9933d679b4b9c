package org.wardops.directory;

/**
 * What a person may do with the directory. Reading is open to everyone logged in; people are kept by their own
 * unit (and the administrator); the structure of units and working groups is the administrator's.
 */
public enum DirectoryAction {
    /** Read units, working groups and people. */
    READ,
    /** Add a person to a unit. */
    ADD_PERSON,
    /** Change a person of a unit (also moving them to another unit the actor keeps). */
    CHANGE_PERSON,
    /** Create a unit that is not an official administrative unit (a department, a working group, …). */
    CREATE_UNIT,
    /** Assign a commune-level unit to the working group that supervises it. */
    ASSIGN_SUPERVISION,
    /** Add a person to a working group. */
    ADD_GROUP_MEMBER,
    /** Record that units merged into or split from another. */
    RECORD_SUCCESSION,
    /** Import the official unit list (also as a dry run). */
    IMPORT_UNITS
}
