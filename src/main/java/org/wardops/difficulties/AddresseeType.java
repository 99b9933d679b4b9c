package org.wardops.difficulties;

/** The kind of body that must answer a difficulty. */
public enum AddresseeType {
    WORKING_GROUP,
    DEPARTMENT,
    CITY_LEADERSHIP
}
