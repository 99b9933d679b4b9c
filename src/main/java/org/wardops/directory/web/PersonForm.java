package org.wardops.directory.web;

import org.jspecify.annotations.Nullable;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;

import java.util.UUID;

/** The person form as posted; shown again as typed when the save is refused. */
public record PersonForm(@Nullable String fullName, @Nullable String title, @Nullable String email, @Nullable String phone,
                         @Nullable Long version) {

    static PersonForm empty() {
        return new PersonForm("", "", "", "", null);
    }

    static PersonForm of(PersonView person) {
        return new PersonForm(person.fullName(), person.title(), person.email(), person.phone(), person.version());
    }

    SavePerson command(UUID unitId) {
        return new SavePerson(fullName == null ? "" : fullName, title == null ? "" : title, unitId, email, phone);
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }
}
