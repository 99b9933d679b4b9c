package org.wardops.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.access.AccountManagement;
import org.wardops.access.SaveAccount;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.GroupRole;
import org.wardops.directory.NewUnit;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the demo city once, through the facades like any user would (so every record is audited): bodies of the
 * city, 19 working groups over its 168 units, invented people with real role titles, and one account per role.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "wardops-demo";
    private static final String CITY = "79";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;

    DemoData(DirectoryManagement directory, PeopleManagement people, AccountManagement accounts, TransactionTemplate transaction) {
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (directory.unitByCode("79-TCT-15").isPresent()) {
                log.info("Demo data already present");
                return;
            }
            build();
            log.info("Demo data created: working group no. 15 supervises Xóm Chiếu, Khánh Hội and Vĩnh Hội; the demo accounts' password is in docs/user-guide.md");
        }));
    }

    private void build() {
        UnitView city = unit(CITY);
        UnitView partyCommittee = body("79-TU", "Thành ủy Thành phố Hồ Chí Minh", UnitType.PARTY_COMMITTEE, city);
        UnitView inspection = body("79-UBKT", "Ủy ban Kiểm tra Thành ủy", UnitType.PARTY_COMMITTEE, partyCommittee);
        UnitView science = body("79-SKHCN", "Sở Khoa học và Công nghệ", UnitType.DEPARTMENT, city);
        UnitView homeAffairs = body("79-SNV", "Sở Nội vụ", UnitType.DEPARTMENT, city);
        body("79-SXD", "Sở Xây dựng", UnitType.DEPARTMENT, city);
        body("79-VPUB", "Văn phòng Ủy ban nhân dân Thành phố", UnitType.DEPARTMENT, city);
        body("79-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", UnitType.SOCIO_POLITICAL_ORG, city);
        body("79-TD", "Thành Đoàn Thành phố Hồ Chí Minh", UnitType.SOCIO_POLITICAL_ORG, city);
        body("79-HLHPN", "Hội Liên hiệp Phụ nữ Thành phố", UnitType.SOCIO_POLITICAL_ORG, city);

        UnitView xomChieu = unit("27259");
        UnitView khanhHoi = unit("27265");
        UnitView vinhHoi = unit("27286");
        List<UnitView> groups = workingGroups(partyCommittee, List.of(xomChieu.id(), khanhHoi.id(), vinhHoi.id()));
        UnitView group15 = groups.get(14);
        formerWards(xomChieu, List.of("13", "16", "18"));
        formerWards(khanhHoi, List.of("8", "9"));
        formerWards(vinhHoi, List.of("1", "3"));

        PersonView admin = person("Trần Minh Quân", "Chuyên viên quản trị hệ thống, Trung tâm Chuyển đổi số Thành phố", science);
        PersonView leader = person("Lê Hoàng Phúc", "Phó Chủ tịch Ủy ban nhân dân Thành phố", city);
        PersonView wgLead = person("Phạm Thị Thu Hà", "Tổ trưởng Tổ công tác số 15", group15);
        PersonView wgMember = person("Đỗ Quang Vinh", "Thành viên Tổ công tác số 15", group15);
        PersonView wgDeputy = person("Bùi Văn Thành", "Phó Trưởng ban Tổ chức Thành ủy", partyCommittee);
        PersonView wgSecretary = person("Hồ Thị Ngọc", "Chuyên viên Sở Nội vụ", homeAffairs);
        PersonView sciOfficer = person("Vũ Thanh Tâm", "Chuyên viên Phòng Chuyển đổi số, Sở Khoa học và Công nghệ", science);
        PersonView chair = person("Ngô Văn Hậu", "Chủ tịch Ủy ban nhân dân phường Xóm Chiếu", xomChieu);
        PersonView xomChieuOfficer = person("Huỳnh Thị Mai", "Công chức Văn phòng HĐND và UBND phường, kiêm nhiệm chuyển đổi số", xomChieu);
        person("Tạ Văn Lộc", "Bí thư Đảng ủy phường Xóm Chiếu", xomChieu);
        PersonView khanhHoiOfficer = person("Trương Minh Khoa", "Công chức Phòng Kinh tế, Hạ tầng và Đô thị phường Khánh Hội", khanhHoi);
        person("Phan Thị Yến", "Chủ tịch Ủy ban nhân dân phường Khánh Hội", khanhHoi);
        PersonView vinhHoiOfficer = person("Lý Ngọc Hân", "Công chức Phòng Văn hóa – Xã hội phường Vĩnh Hội", vinhHoi);
        person("Mai Đức Toàn", "Chủ tịch Ủy ban nhân dân phường Vĩnh Hội", vinhHoi);
        PersonView volunteer = person("Châu Gia Bảo", "Thành viên Tổ công nghệ số cộng đồng, Đoàn Thanh niên phường Xóm Chiếu", xomChieu);
        PersonView auditor = person("Đặng Thị Lan", "Kiểm tra viên, Ủy ban Kiểm tra Thành ủy", inspection);

        directory.addGroupMember(group15.id(), wgLead.id(), GroupRole.LEADER);
        directory.addGroupMember(group15.id(), wgDeputy.id(), GroupRole.DEPUTY_LEADER);
        directory.addGroupMember(group15.id(), wgMember.id(), GroupRole.MEMBER);
        directory.addGroupMember(group15.id(), wgSecretary.id(), GroupRole.SECRETARY);

        account("admin", admin, city, null, Role.SYSTEM_ADMIN);
        account("leader", leader, city, null, Role.CITY_LEADER);
        account("wg15.lead", wgLead, group15, group15, Role.WORKING_GROUP_LEADER);
        account("wg15.member", wgMember, group15, group15, Role.WORKING_GROUP_MEMBER);
        account("dept.sci", sciOfficer, science, null, Role.DEPARTMENT_OFFICER);
        account("xomchieu.chair", chair, xomChieu, null, Role.UNIT_LEADER);
        account("xomchieu.officer", xomChieuOfficer, xomChieu, null, Role.UNIT_OFFICER);
        account("khanhhoi.officer", khanhHoiOfficer, khanhHoi, null, Role.UNIT_OFFICER);
        account("vinhhoi.officer", vinhHoiOfficer, vinhHoi, null, Role.UNIT_OFFICER);
        account("volunteer.xomchieu", volunteer, xomChieu, null, Role.VOLUNTEER);
        account("auditor", auditor, inspection, null, Role.AUDITOR);
    }

    /** 19 working groups under the City Party Committee; no. 15 takes the story's three wards, the others share the rest. */
    private List<UnitView> workingGroups(UnitView partyCommittee, List<UUID> storyWards) {
        List<UnitView> groups = new ArrayList<>();
        for (int number = 1; number <= 19; number++) {
            groups.add(body("79-TCT-%02d".formatted(number), "Tổ công tác số " + number, UnitType.WORKING_GROUP, partyCommittee));
        }
        directory.assignToWorkingGroup(groups.get(14).id(), storyWards);
        List<UUID> others = directory.findUnits(UnitSearch.inProvince(CITY), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel() && !storyWards.contains(unit.id()))
                .sorted(Comparator.comparing(UnitView::code))
                .map(UnitView::id)
                .toList();
        List<UnitView> otherGroups = new ArrayList<>(groups);
        otherGroups.remove(14);
        int perGroup = (others.size() + otherGroups.size() - 1) / otherGroups.size();
        for (int i = 0; i < otherGroups.size(); i++) {
            List<UUID> share = others.subList(Math.min(others.size(), i * perGroup), Math.min(others.size(), (i + 1) * perGroup));
            directory.assignToWorkingGroup(otherGroups.get(i).id(), share);
        }
        return groups;
    }

    /** The wards of former District 4 whose data rolls up into a new ward since 1 July 2025. */
    private void formerWards(UnitView successor, List<String> numbers) {
        List<UUID> predecessors = new ArrayList<>();
        for (String number : numbers) {
            UnitView former = directory.createUnit(new NewUnit("79-Q4-P" + number, "Phường " + number + " (Quận 4 cũ)", UnitType.OTHER,
                    successor.parentId()));
            predecessors.add(former.id());
        }
        directory.recordSuccession(predecessors, successor.id(), DirectoryManagement.TWO_TIER_SINCE);
    }

    private UnitView unit(String code) {
        return directory.unitByCode(code).orElseThrow(() -> new IllegalStateException("Official unit " + code + " is missing"));
    }

    private UnitView body(String code, String name, UnitType type, UnitView parent) {
        return directory.createUnit(new NewUnit(code, name, type, parent.id()));
    }

    private PersonView person(String name, String title, UnitView unit) {
        String email = SlugEmails.of(name) + "@demo.wardops.invalid";
        return people.create(new SavePerson(name, title, unit.id(), email, null));
    }

    private void account(String username, PersonView person, UnitView unit, @Nullable UnitView group, Role role) {
        accounts.create(new SaveAccount(username, PASSWORD, person.id(), unit.id(), Set.of(role), group == null ? null : group.id()));
    }
}
