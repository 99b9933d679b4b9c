package org.wardops.difficulties.web;

import org.jspecify.annotations.Nullable;
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;

import java.util.UUID;

/** The difficulty form as posted; shown again as typed when the save is refused. */
public record DifficultyForm(@Nullable UUID unitId, @Nullable String title, @Nullable String description, @Nullable String category,
                             @Nullable Severity severity, @Nullable String recommendation, @Nullable AddresseeType addresseeType,
                             @Nullable UUID addresseeUnitId, @Nullable DifficultySource source, @Nullable String sourceRef,
                             @Nullable Boolean confidential, @Nullable Long version, @Nullable UUID sourceId) {

    static DifficultyForm empty(@Nullable UUID unitId) {
        return new DifficultyForm(unitId, "", "", "", Severity.MEDIUM, "", AddresseeType.WORKING_GROUP, null, DifficultySource.AD_HOC, "", false, null, null);
    }

    static DifficultyForm of(DifficultyView d) {
        return new DifficultyForm(d.unitId(), d.title(), d.description(), d.category(), d.severity(), d.recommendation(), d.addressee().type(),
                d.addressee().type() == AddresseeType.WORKING_GROUP ? null : d.addressee().unitId(), d.source(), d.sourceRef(), d.confidential(),
                d.version(), d.sourceId());
    }

    SaveDifficulty command(@Nullable UUID fixedUnitId) {
        Addressee addressee = addresseeType == null || (addresseeType == AddresseeType.WORKING_GROUP && addresseeUnitId == null) ? null
                : new Addressee(addresseeType, addresseeUnitId);
        return new SaveDifficulty(fixedUnitId == null ? unitId : fixedUnitId, title, description, category, severity, recommendation, addressee,
                source, sourceRef, Boolean.TRUE.equals(confidential), sourceId);
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    public boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }
}
