package org.wardops.capacity;

/** IT skill against the national standard of basic and advanced IT use (Circular 03/2014/TT-BTTTT). */
public enum ItSkill {
    NONE,
    BASIC,
    ADVANCED;

    public boolean atLeastBasic() {
        return this != NONE;
    }
}
