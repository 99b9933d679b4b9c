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
import org.wardops.access.AccountView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.reporting.NewReportRequest;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportRequestView;
import org.wardops.reporting.ReportTemplateManagement;
import org.wardops.reporting.ReportTemplateView;
import org.wardops.reporting.ReportView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;
import org.wardops.shared.security.Scope;
import org.wardops.shared.time.LocalTime;
import org.wardops.supervision.HoldSession;
import org.wardops.supervision.SaveProgramme;
import org.wardops.supervision.SessionRole;
import org.wardops.supervision.SupervisionManagement;
import org.wardops.supervision.Topic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The supervision story of PRODUCT.md §1, once, after {@link DemoData}: Plan 249, the report template, October 2025
 * requests (to working group no. 15's three wards, and to all of the city's units with realistic completeness), the
 * wards' reports, and the session of 30 October 2025 with its minutes and the leader's conclusions. Reports that
 * predate the system are registered as received on paper at their real time; reviews act as the demo accounts.
 */
@Component
@Profile("demo")
@Order(20)
class DemoSupervision implements ApplicationRunner {

    static final String PROGRAMME_CODE = "249-KH/UBKTTW";
    private static final String CITY = "79";
    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AccountManagement accounts;
    private final ReportTemplateManagement templates;
    private final ReportRequestManagement requests;
    private final ReportManagement reports;
    private final SupervisionManagement supervision;
    private final TransactionTemplate transaction;
    private final org.wardops.shared.time.ApplicationClock clock;

    DemoSupervision(DirectoryManagement directory, PeopleManagement people, AccountManagement accounts, ReportTemplateManagement templates,
                    ReportRequestManagement requests, ReportManagement reports, SupervisionManagement supervision, TransactionTemplate transaction,
                    org.wardops.shared.time.ApplicationClock clock) {
        this.clock = clock;
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.templates = templates;
        this.requests = requests;
        this.reports = reports;
        this.supervision = supervision;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (supervision.programmeByCode(PROGRAMME_CODE).isPresent()) {
                log.info("Demo supervision data already present");
                return;
            }
            build();
            log.info("Demo supervision data created: Plan 249, October 2025 report requests, the session of working group no. 15");
        }));
    }

    private void build() {
        UnitView group15 = unit("79-TCT-15");
        UnitView xomChieu = unit("27259");
        UnitView khanhHoi = unit("27265");
        UnitView vinhHoi = unit("27286");
        List<UUID> groups = directory.workingGroups(CITY).stream().map(UnitView::id).toList();
        // Each step at the moment the story gives it (in a demo told on its own days, docs/user-guide.md "The demo").
        var programme = clock.at(at(2025, 7, 28, 9, 0), () -> supervision.createProgramme(new SaveProgramme(PROGRAMME_CODE,
                "Giám sát chuyên đề thường xuyên việc lãnh đạo, chỉ đạo, tổ chức vận hành chính quyền địa phương hai cấp",
                "Ủy ban Kiểm tra Trung ương", PROGRAMME_CODE, LocalDate.of(2025, 7, 24), "Từ tháng 7/2025 đến hết năm 2025",
                List.of(Topic.values()), groups)));
        ReportTemplateView template = clock.at(at(2025, 7, 30, 14, 0), () -> templates.create(DemoTemplate.plan249()));

        ReportRequestView october = clock.at(at(2025, 10, 6, 8, 30), () -> requests.request(new NewReportRequest(template.id(), "2025-10",
                List.of(xomChieu.id(), khanhHoi.id(), vinhHoi.id()), LocalDate.of(2025, 10, 24),
                "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW tháng 10/2025", group15.id())));
        Map<UUID, ReportView> byUnit = new HashMap<>();
        reports.reports(october.id(), null, null).forEach(report -> byUnit.put(report.unitId(), report));
        Actor lead = groupActor("wg15.lead", Role.WORKING_GROUP_LEADER, group15);
        Actor member = groupActor("wg15.member", Role.WORKING_GROUP_MEMBER, group15);

        ReportView xomChieuReport = submitted(byUnit.get(xomChieu.id()).id(), DemoStory.xomChieu(), at(2025, 10, 22, 9, 15), "Ngô Văn Hậu");
        clock.at(at(2025, 10, 23, 14, 0), () -> CurrentActor.runAs(lead, () -> reports.accept(xomChieuReport.id())));
        ReportView khanhHoiReport = submitted(byUnit.get(khanhHoi.id()).id(), DemoStory.khanhHoi(), at(2025, 10, 25, 16, 40), "Phan Thị Yến");
        clock.at(at(2025, 10, 27, 10, 30), () -> CurrentActor.runAs(member, () -> reports.accept(khanhHoiReport.id())));
        ReportView vinhHoiReport = submitted(byUnit.get(vinhHoi.id()).id(), DemoStory.vinhHoi(), at(2025, 10, 23, 10, 5), "Mai Đức Toàn");

        wholeCity(template);
        clock.at(at(2025, 10, 30, 11, 30), () -> session(programme.id(), group15, List.of(xomChieu, khanhHoi, vinhHoi),
                List.of(xomChieuReport.id(), khanhHoiReport.id(), vinhHoiReport.id())));
    }

    /** A report on paper, registered at the moment it was received. */
    private ReportView submitted(UUID reportId, Map<String, String> answers, Instant received, String signedBy) {
        return clock.at(received, () -> reports.registerPaperSubmission(reportId, answers, received, signedBy));
    }

    /** The city office asks every unit for a quick report; most answer on time, some late, a few not at all. */
    private void wholeCity(ReportTemplateView template) {
        List<UnitView> units = directory.findUnits(UnitSearch.inProvince(CITY), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel())
                .sorted(Comparator.comparing(UnitView::code))
                .toList();
        UnitView office = unit("79-VPUB");
        ReportRequestView request = clock.at(at(2025, 10, 14, 8, 0), () -> requests.request(new NewReportRequest(template.id(), "2025-10",
                units.stream().map(UnitView::id).toList(), LocalDate.of(2025, 10, 28),
                "Báo cáo nhanh tình hình vận hành chính quyền địa phương hai cấp tháng 10/2025", office.id())));
        Map<UUID, ReportView> byUnit = new HashMap<>();
        reports.reports(request.id(), null, null).forEach(report -> byUnit.put(report.unitId(), report));
        Actor cityLeader = cityActor("leader");
        for (int i = 0; i < units.size(); i++) {
            UnitView unit = units.get(i);
            UUID reportId = byUnit.get(unit.id()).id();
            Map<String, String> answers = DemoStory.routine(unit.name(), i);
            if (i % 23 == 5) {
                continue;
            }
            if (i % 41 == 19) {
                Instant drafted = at(2025, 10, 27, 15, 0);
                clock.at(drafted, () -> reports.registerPaperDraft(reportId, answers, drafted, "Công chức " + unit.name()));
                continue;
            }
            Instant received = i % 7 == 3 ? at(2025, 10, 29 + i % 3, 9 + i % 8, 10) : at(2025, 10, 20 + i % 8, 8 + i % 9, 30);
            submitted(reportId, answers, received, "Chủ tịch UBND " + unit.name());
            Instant read = received.plus(java.time.Duration.ofHours(26));
            if (i % 3 == 0) {
                clock.at(read, () -> CurrentActor.runAs(cityLeader, () -> reports.accept(reportId)));
            } else if (i % 37 == 11) {
                clock.at(read, () -> CurrentActor.runAs(cityLeader, () -> reports.returnForCorrection(reportId,
                        "Đề nghị bổ sung số liệu hồ sơ trực tuyến theo số liệu của Cổng Dịch vụ công quốc gia.")));
                if (unit.code().equals("27259")) {
                    // The story's ward corrected the returned report and its officer put it on the chair's list for signature.
                    clock.at(read.plus(java.time.Duration.ofDays(2)), () ->
                            CurrentActor.runAs(unitActor("xomchieu.officer", unit), () -> reports.markReadyForSignature(reportId)));
                }
            }
        }
    }

    private void session(UUID programmeId, UnitView group15, List<UnitView> wards, List<UUID> reportIds) {
        UnitView xomChieu = wards.get(0);
        UnitView khanhHoi = wards.get(1);
        UnitView vinhHoi = wards.get(2);
        List<HoldSession.NewParticipant> participants = List.of(
                participant(group15, "Phạm Thị Thu Hà", SessionRole.CHAIR),
                participant(null, "Bùi Văn Thành", SessionRole.MEMBER),
                participant(group15, "Đỗ Quang Vinh", SessionRole.MEMBER),
                participant(null, "Hồ Thị Ngọc", SessionRole.SECRETARY),
                participant(xomChieu, "Ngô Văn Hậu", SessionRole.UNIT_REPRESENTATIVE),
                participant(khanhHoi, "Phan Thị Yến", SessionRole.UNIT_REPRESENTATIVE),
                participant(vinhHoi, "Mai Đức Toàn", SessionRole.UNIT_REPRESENTATIVE));
        supervision.hold(new HoldSession(programmeId, group15.id(), LocalDate.of(2025, 10, 30), "Hội trường Ủy ban nhân dân phường Xóm Chiếu",
                wards.stream().map(UnitView::id).toList(), participants, DemoStory.agenda(), reportIds, DemoStory.minutes(),
                List.of(
                        new HoldSession.NewFeedback(xomChieu.id(), DemoStory.XOM_CHIEU_RECOMMENDATION,
                                "Tổ công tác ghi nhận; Sở Nội vụ nghiên cứu bố trí biên chế chuyên trách chuyển đổi số trong phương án sắp xếp công chức; "
                                        + "Sở Khoa học và Công nghệ rà soát, đưa phường vào danh sách được đầu tư trang thiết bị năm 2026."),
                        new HoldSession.NewFeedback(khanhHoi.id(), DemoStory.KHANH_HOI_RECOMMENDATION,
                                "Tổ công tác tổng hợp, đề xuất Thành ủy chỉ đạo Sở Xây dựng phối hợp với phường xây dựng kế hoạch di dời theo từng chung cư, "
                                        + "ưu tiên các khối nhà nguy hiểm."),
                        new HoldSession.NewFeedback(vinhHoi.id(), DemoStory.VINH_HOI_RECOMMENDATION,
                                "Sở Khoa học và Công nghệ đưa cán bộ, công chức phường vào chương trình bồi dưỡng kỹ năng số của Thành phố ngay trong quý IV/2025.")),
                DemoStory.conclusions()));
    }

    private HoldSession.NewParticipant participant(@Nullable UnitView unit, String name, SessionRole role) {
        List<PersonView> found = people.find(unit == null ? null : unit.id(), name, new PageRequest(0, 5)).items();
        PersonView person = found.stream().filter(candidate -> candidate.fullName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo person " + name + " is missing"));
        return new HoldSession.NewParticipant(person.id(), role);
    }

    /** The demo account acting in a working-group role, as the access module would build it. */
    private Actor groupActor(String username, Role role, UnitView group) {
        AccountView account = account(username);
        Set<UUID> scope = new HashSet<>(directory.unitsSupervisedBy(group.id()));
        scope.add(group.id());
        scope.add(account.unitId());
        return new Actor(account.id(), username, name(account), account.personId(), account.unitId(), group.name(), group.id(), Set.of(role),
                Scope.units(scope));
    }

    private Actor unitActor(String username, UnitView unit) {
        AccountView account = account(username);
        return new Actor(account.id(), username, name(account), account.personId(), unit.id(), unit.name(), null, account.roles(),
                Scope.units(Set.of(unit.id())));
    }

    private Actor cityActor(String username) {
        AccountView account = account(username);
        return new Actor(account.id(), username, name(account), account.personId(), account.unitId(), directory.unit(account.unitId()).name(),
                null, account.roles(), Scope.wholeCity());
    }

    private AccountView account(String username) {
        return accounts.find(username, new PageRequest(0, 20)).items().stream().filter(account -> account.username().equals(username))
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo account " + username + " is missing"));
    }

    private String name(AccountView account) {
        return account.personId() == null ? account.username() : people.person(account.personId()).fullName();
    }

    private UnitView unit(String code) {
        return directory.unitByCode(code).orElseThrow(() -> new IllegalStateException("Unit " + code + " is missing"));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LocalTime.VIETNAM).toInstant();
    }
}
