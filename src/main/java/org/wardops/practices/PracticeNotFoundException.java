package org.wardops.practices;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class PracticeNotFoundException extends NotFoundException {

    public PracticeNotFoundException(String what, UUID id) {
        super("practices.error." + what + ".notFound", id);
    }
}
