package org.wardops.supervision;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class SupervisionNotFoundException extends NotFoundException {

    public SupervisionNotFoundException(String what, UUID id) {
        super("supervision.error." + what + ".notFound", id);
    }
}
