package org.wardops.directory;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class PersonNotFoundException extends NotFoundException {

    public PersonNotFoundException(UUID id) {
        super("directory.error.person.notFound", id);
    }
}
