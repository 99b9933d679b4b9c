package org.wardops.directory;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(UUID id) {
        super("directory.error.unit.notFound", id);
    }
}
