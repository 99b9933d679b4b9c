package org.wardops.capacity;

/** Whether a post is an established post (biên chế) or held under a contract. */
public enum Employment {
    ESTABLISHED,
    CONTRACT
}
