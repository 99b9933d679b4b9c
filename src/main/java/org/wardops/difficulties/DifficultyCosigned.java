package org.wardops.difficulties;

import java.util.UUID;

/** Another unit co-signed ("we have this too") a difficulty raised by the unit. */
public record DifficultyCosigned(UUID difficultyId, UUID unitId, String cosigningUnitName, String title) {
}
