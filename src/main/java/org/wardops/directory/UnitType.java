package org.wardops.directory;

/** Kinds of organisation unit. The first five come from the official list; the others are bodies WardOps knows. */
public enum UnitType {
    CENTRAL_CITY,
    PROVINCE,
    WARD,
    COMMUNE,
    SPECIAL_ZONE,
    DEPARTMENT,
    WORKING_GROUP,
    PARTY_COMMITTEE,
    SOCIO_POLITICAL_ORG,
    OTHER;

    public boolean isProvinceLevel() {
        return this == CENTRAL_CITY || this == PROVINCE;
    }

    /** Wards, communes and special zones: the lower tier of the two-tier local government. */
    public boolean isCommuneLevel() {
        return this == WARD || this == COMMUNE || this == SPECIAL_ZONE;
    }

    public boolean isAdministrative() {
        return isProvinceLevel() || isCommuneLevel();
    }
}
