package org.wardops.citizensupport;

/** What the citizen-support policy decides about: reading a unit's teams and log, managing its teams, logging help. */
public enum CitizenSupportAction { READ, MANAGE_TEAMS, LOG_ASSISTANCE }
