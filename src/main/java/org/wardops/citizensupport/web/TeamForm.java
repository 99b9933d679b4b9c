package org.wardops.citizensupport.web;

import org.jspecify.annotations.Nullable;
import org.wardops.citizensupport.Organisation;
import org.wardops.citizensupport.SaveTeam;
import org.wardops.citizensupport.TeamView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The team form: name, residential group and member rows (name, organisation, optionally a person of the unit's
 * directory). Rows left empty are ignored; the form shows {@link #ROWS} rows beyond the existing members.
 */
public record TeamForm(@Nullable String name, @Nullable String residentialGroup, @Nullable List<String> memberName,
                       @Nullable List<String> memberOrganisation, @Nullable List<String> memberPerson, @Nullable Long version) {

    static final int ROWS = 4;

    /** One member row as typed. */
    public record Row(String name, String organisation, String person) {
    }

    static TeamForm empty() {
        return new TeamForm("", "", List.of(), List.of(), List.of(), null);
    }

    static TeamForm of(TeamView team) {
        List<String> names = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (TeamView.Member member : team.members()) {
            names.add(member.personId() == null ? member.fullName() : "");
            organisations.add(member.organisation().name());
            persons.add(member.personId() == null ? "" : member.personId().toString());
        }
        return new TeamForm(team.name(), team.residentialGroup(), names, organisations, persons, team.version());
    }

    SaveTeam command(@Nullable UUID unitId) {
        List<SaveTeam.NewMember> members = new ArrayList<>();
        for (Row row : filledRows()) {
            members.add(new SaveTeam.NewMember(row.name(), organisation(row.organisation()), person(row.person())));
        }
        return new SaveTeam(unitId, name, residentialGroup, members);
    }

    /** The rows typed, then empty ones to add members. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(filledRows());
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row("", "", ""));
        }
        return rows;
    }

    private List<Row> filledRows() {
        int count = Math.max(size(memberName), Math.max(size(memberOrganisation), size(memberPerson)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Row row = new Row(at(memberName, i), at(memberOrganisation, i), at(memberPerson, i));
            if (!row.name().isBlank() || !row.person().isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    private static int size(@Nullable List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(@Nullable List<String> list, int index) {
        return list == null || index >= list.size() || list.get(index) == null ? "" : list.get(index).strip();
    }

    private static @Nullable Organisation organisation(String value) {
        try {
            return value.isBlank() ? null : Organisation.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable UUID person(String value) {
        try {
            return value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
