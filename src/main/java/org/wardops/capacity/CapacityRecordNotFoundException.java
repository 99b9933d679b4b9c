package org.wardops.capacity;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

/** A staff entry or asset that does not exist, or that the actor may not know exists (404 either way). */
public class CapacityRecordNotFoundException extends NotFoundException {

    public CapacityRecordNotFoundException(String kind, UUID id) {
        super("capacity.error." + kind + ".notFound", id);
    }
}
