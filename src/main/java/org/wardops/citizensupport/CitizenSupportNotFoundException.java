package org.wardops.citizensupport;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class CitizenSupportNotFoundException extends NotFoundException {

    public CitizenSupportNotFoundException(String what, UUID id) {
        super("citizensupport.error." + what + ".notFound", id);
    }
}
