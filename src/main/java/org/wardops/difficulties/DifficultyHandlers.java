package org.wardops.difficulties;

import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitType;
import org.wardops.directory.WorkingGroupView;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.PageRequest;
import org.wardops.shared.text.VietnameseCollation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people who may be made the handler of a difficulty: those of the addressed body in the directory (the members of
 * an addressed working group, the people of an addressed department or of the city office), in Vietnamese order.
 */
@Component
class DifficultyHandlers {

    private static final int LIMIT = 200;

    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final DifficultyRecords records;

    DifficultyHandlers(DirectoryManagement directory, PeopleManagement people, DifficultyRecords records) {
        this.directory = directory;
        this.people = people;
        this.records = records;
    }

    List<PersonView> of(Addressee addressee) {
        UUID unitId = records.answeringUnit(addressee);
        if (unitId == null) {
            return List.of();
        }
        Map<UUID, PersonView> found = new LinkedHashMap<>();
        if (directory.unit(unitId).type() == UnitType.WORKING_GROUP) {
            directory.workingGroup(unitId).members().stream().map(WorkingGroupView.GroupMember::person)
                    .forEach(person -> found.put(person.id(), person));
        }
        people.find(unitId, null, new PageRequest(0, LIMIT)).items().forEach(person -> found.putIfAbsent(person.id(), person));
        return found.values().stream().sorted(VietnameseCollation.comparing(PersonView::fullName)).toList();
    }

    /** The name recorded as handler: the chosen person, who must be one of the addressee's people. */
    String nameOf(Addressee addressee, UUID handlerId) {
        return of(addressee).stream().filter(person -> person.id().equals(handlerId)).findFirst()
                .map(PersonView::fullName)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("handler", "difficulties.error.handler.notAddressee"))));
    }
}
