package org.wardops.citizensupport;

/** Where a team member comes from: a socio-political organisation, or the commune official assigned to the team. */
public enum Organisation {
    FATHERLAND_FRONT,
    YOUTH_UNION,
    WOMENS_UNION,
    VETERANS_ASSOCIATION,
    FARMERS_ASSOCIATION,
    COMMUNE_OFFICIAL
}
