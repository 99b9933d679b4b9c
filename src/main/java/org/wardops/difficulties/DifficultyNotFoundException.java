package org.wardops.difficulties;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

/** No difficulty with this id, or one the actor may not see. */
public class DifficultyNotFoundException extends NotFoundException {

    public DifficultyNotFoundException(UUID id) {
        super("difficulties.error.difficulty.notFound", id);
    }
}
