package org.wardops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.capacity.StaffManagement;
import org.wardops.capacity.StaffSkill;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.training.AttendanceEntry;
import org.wardops.training.CourseManagement;
import org.wardops.training.CourseView;
import org.wardops.training.CoverageManagement;
import org.wardops.training.CreateCourse;
import org.wardops.training.Enrol;
import org.wardops.training.EnrolmentView;
import org.wardops.training.FileTrainingRequest;
import org.wardops.training.PlanSession;
import org.wardops.training.ScoreEntry;
import org.wardops.training.SessionView;
import org.wardops.training.TrainingMode;
import org.wardops.training.TrainingRequestManagement;
import org.wardops.training.TrainingRequestView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Training that tells the story: the topic catalogue (a migration), three earlier courses city-wide that some
 * officers completed (basic IT, online public services, information security), a December course on comprehensive
 * digital transformation into which Vĩnh Hội's request — its plea to working group no. 15 — was accepted, and
 * Khánh Hội's request still waiting. Dated from today; completions are dated the day they are recorded (today).
 */
@Component
@Profile("demo")
@Order(55)
class DemoTraining implements ApplicationRunner {

    static final String DECEMBER_COURSE = "Chuyển đổi số toàn diện cho cán bộ, công chức phường";
    private static final String HOME_AFFAIRS = "Sở Nội vụ Thành phố Hồ Chí Minh";
    private static final String SCIENCE = "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh";
    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final CourseManagement courses;
    private final TrainingRequestManagement requests;
    private final CoverageManagement coverage;
    private final StaffManagement staff;
    private final DirectoryManagement directory;
    private final TransactionTemplate transaction;

    private final org.wardops.shared.time.ApplicationClock clock;

    DemoTraining(CourseManagement courses, TrainingRequestManagement requests, CoverageManagement coverage, StaffManagement staff,
                 DirectoryManagement directory, TransactionTemplate transaction, org.wardops.shared.time.ApplicationClock clock) {
        this.clock = clock;
        this.courses = courses;
        this.requests = requests;
        this.coverage = coverage;
        this.staff = staff;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (directory.unitByCode("27286").isEmpty() || courses.courses(null, new PageRequest(0, 1)).total() > 0) {
                log.info("Demo training already present");
                return;
            }
            long started = System.nanoTime();
            List<UnitView> units = directory.findUnits(UnitSearch.inProvince("79"), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(u -> u.type().isCommuneLevel()).sorted(Comparator.comparing(UnitView::code)).toList();
            LocalDate today = courses.today();
            Random random = new Random(2026);
            earlier(units, random, "BASIC_IT", "Kỹ năng sử dụng công nghệ thông tin cơ bản theo chuẩn Thông tư 03/2014/TT-BTTTT", 24, HOME_AFFAIRS,
                    today.minusDays(160), 35);
            earlier(units, random, "ONLINE_SERVICES", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công", 8, SCIENCE,
                    today.minusDays(90), 25);
            earlier(units, random, "INFO_SECURITY", "An toàn thông tin cơ bản cho cán bộ, công chức cấp xã", 8, SCIENCE, today.minusDays(40), 20);
            december(today);
            coverage.publishAll(units.stream().map(UnitView::id).toList());
            log.info("Demo training created in {} ms", (System.nanoTime() - started) / 1_000_000);
        }));
    }


    /** A past course of three weekly sessions: some units' officers enrolled, attended and were tested; most completed. */
    private void earlier(List<UnitView> units, Random random, String topic, String title, int hours, String organiser, LocalDate first, int unitShare) {
        // each step on the day the story gives it: planned three weeks ahead, enrolled ten days before, sheets after each session
        CourseView course = clock.at(DemoDays.moment(first.minusDays(21), 9), () -> courses.createCourse(new CreateCourse(topic, title, BigDecimal.valueOf(hours),
                TrainingMode.BLENDED, organiser)));
        List<SessionView> sessions = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            LocalDate day = first.plusWeeks(week);
            sessions.add(clock.at(DemoDays.moment(first.minusDays(21), 10), () -> courses.planSession(course.id(), new PlanSession(day,
                    "Trung tâm Chuyển đổi số Thành phố, 2 Đinh Tiên Hoàng", "https://hop.hochiminhcity.gov.vn/boi-duong", "ThS. Nguyễn Hữu Phước", 1000))));
        }
        for (UnitView unit : units) {
            if (random.nextInt(100) >= unitShare || List.of("27259", "27286").contains(unit.code())) {
                continue;
            }
            List<StaffSkill> register = staff.currentStaff(unit.id());
            List<UUID> chosen = register.stream().filter(s -> random.nextInt(3) > 0).map(StaffSkill::personId).toList();
            if (!chosen.isEmpty()) {
                clock.at(DemoDays.moment(first.minusDays(10), 14), () -> courses.enrol(sessions.getFirst().id(), new Enrol(unit.id(), chosen, null, null, first.minusDays(10))));
            }
        }
        List<EnrolmentView> enrolled = courses.enrolments(course.id());
        for (int i = 0; i < sessions.size(); i++) {
            boolean last = i == sessions.size() - 1;
            for (int from = 0; from < enrolled.size(); from += CourseManagement.MAX_SHEET) {
                List<EnrolmentView> part = enrolled.subList(from, Math.min(enrolled.size(), from + CourseManagement.MAX_SHEET));
                List<AttendanceEntry> attendance = part.stream().map(e -> new AttendanceEntry(e.id(), random.nextInt(10) < 9)).toList();
                List<ScoreEntry> scores = last ? part.stream().map(e -> new ScoreEntry(e.id(), 30 + random.nextInt(40), 55 + random.nextInt(45), null)).toList()
                        : List.of();
                SessionView held = sessions.get(i);
                clock.at(DemoDays.moment(first.plusWeeks(i), 17), () -> courses.recordSheet(held.id(), attendance, scores, List.of()));
            }
        }
    }

    /** The December course; Vĩnh Hội's request accepted into its first session, Khánh Hội's still waiting. */
    private void december(LocalDate today) {
        LocalDate ninth = LocalDate.of(today.getYear(), Month.DECEMBER, 9);
        LocalDate first = today.isBefore(ninth) ? ninth : today.plusDays(7);
        // planned after the session of working group no. 15, where Vĩnh Hội asked for it
        java.time.Instant planned = DemoDays.moment(today.minusDays(4), 10);
        CourseView course = clock.at(planned, () -> courses.createCourse(new CreateCourse("DT_COMPREHENSIVE", DECEMBER_COURSE, BigDecimal.valueOf(40),
                TrainingMode.BLENDED, HOME_AFFAIRS)));
        SessionView opening = null;
        for (int week = 0; week < 3; week++) {
            LocalDate day = first.plusWeeks(week);
            boolean online = week == 1;
            SessionView session = clock.at(planned, () -> courses.planSession(course.id(), new PlanSession(day, "Hội trường UBND phường Vĩnh Hội, 2 Nguyễn Hữu Hào",
                    online ? "https://hop.hochiminhcity.gov.vn/cds-toan-dien" : null, "TS. Lê Minh Khôi, Sở Khoa học và Công nghệ", 60)));
            opening = opening == null ? session : opening;
        }
        String period = YearMonth.from(first).toString();
        UnitView vinhHoi = directory.unitByCode("27286").orElseThrow();
        TrainingRequestView plea = clock.at(DemoDays.moment(today.minusDays(3), 9), () -> requests.file(new FileTrainingRequest(vinhHoi.id(), "DT_COMPREHENSIVE", 5, period,
                "Phường chưa có công chức chuyên trách chuyển đổi số; kỹ năng công nghệ thông tin của cán bộ, công chức không đồng đều, nhiều người "
                        + "kiêm nhiệm. Đề nghị tổ công tác số 15 và Sở Nội vụ tổ chức bồi dưỡng chuyển đổi số toàn diện cho công chức phường.")));
        SessionView openingSession = opening;
        clock.at(DemoDays.moment(today.minusDays(2), 15), () -> requests.accept(plea.id(), openingSession.id(), plea.version()));
        UnitView khanhHoi = directory.unitByCode("27265").orElseThrow();
        clock.at(DemoDays.moment(today.minusDays(1), 10), () -> requests.file(new FileTrainingRequest(khanhHoi.id(), "INFO_SECURITY", 8,
                YearMonth.from(today).plusMonths(2).toString(),
                "Phường vừa tiếp nhận thêm máy tính và phần mềm một cửa; cần bồi dưỡng an toàn thông tin, sao lưu và phục hồi dữ liệu.")));
    }
}
