package org.wardops.capacity;

/** Kinds of IT asset; desktops and laptops are the PCs the readiness score counts. */
public enum AssetType {
    DESKTOP,
    LAPTOP,
    PRINTER,
    SCANNER,
    NETWORK,
    SERVER,
    OTHER;

    public boolean isPc() {
        return this == DESKTOP || this == LAPTOP;
    }
}
