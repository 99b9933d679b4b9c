package org.wardops.training;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

/** A course, session, enrolment or request that does not exist or that the actor may not see. */
public class TrainingRecordNotFoundException extends NotFoundException {

    public TrainingRecordNotFoundException(String kind, UUID id) {
        super("training.error.notFound." + kind, id);
    }
}
