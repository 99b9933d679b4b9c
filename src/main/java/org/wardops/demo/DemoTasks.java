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
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Scope;
import org.wardops.tasks.CascadeTask;
import org.wardops.tasks.ProjectManagement;
import org.wardops.tasks.ReportProgress;
import org.wardops.tasks.SaveTask;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskSearch;
import org.wardops.tasks.TaskView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tasks of the story, dated from today: the working group's conclusions (review every task before year end,
 * people's lives first; socio-political organisations helping with online public services; collect the shared
 * difficulties; digital-transformation training), Khánh Hội's resettlement out of a dilapidated block, and a
 * quarterly report across all 168 units with a realistic mix of on-time, late, pending and overdue work.
 * Units report through the system account; the city leader accepts, as the real flow requires two people.
 */
@Component
@Profile("demo")
@Order(30)
class DemoTasks implements ApplicationRunner {

    private static final String CONCLUSION = "Kết luận buổi giám sát của Tổ công tác số 15 với các phường Xóm Chiếu, Khánh Hội, Vĩnh Hội (tháng 10/2025)";
    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    private final TaskManagement tasks;
    private final ProjectManagement projects;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;

    private final org.wardops.shared.time.ApplicationClock clock;

    DemoTasks(TaskManagement tasks, ProjectManagement projects, DirectoryManagement directory, PeopleManagement people, AccountManagement accounts,
              TransactionTemplate transaction, org.wardops.shared.time.ApplicationClock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.projects = projects;
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (tasks.find(TaskSearch.all(), new PageRequest(0, 1)).total() > 0) {
                log.info("Demo tasks already present");
                return;
            }
            long started = System.nanoTime();
            build();
            log.info("Demo tasks created in {} ms", (System.nanoTime() - started) / 1_000_000);
        }));
    }

    private void build() {
        LocalDate today = tasks.today();
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        UnitView city = unit("79");
        UnitView group15 = unit("79-TCT-15");
        UnitView science = unit("79-SKHCN");
        UnitView construction = unit("79-SXD");
        UnitView xomChieu = unit("27259");
        UnitView khanhHoi = unit("27265");
        UnitView vinhHoi = unit("27286");
        Actor leader = leader();
        List<UnitView> communes = directory.findUnits(UnitSearch.inProvince("79"), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel())
                .sorted(Comparator.comparing(UnitView::code))
                .toList();

        // The quarterly report is due 20 days ago: it reports on the quarter before the one it was due in.
        LocalDate quarterlyDue = today.minusDays(20);
        String quarter = DemoDays.quarter(quarterlyDue.minusMonths(1));
        TaskView quarterly = clock.at(DemoDays.moment(today.minusDays(60), 8), () -> task(city, "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW " + quarter,
                "Các phường, xã, đặc khu báo cáo kết quả thực hiện nhiệm vụ theo Kế hoạch 249-KH/UBKTTW về giám sát chuyên đề việc lãnh đạo, "
                        + "chỉ đạo và tổ chức vận hành chính quyền địa phương hai cấp.",
                "Kế hoạch 249-KH/UBKTTW ngày 24/7/2025", today.minusDays(60), quarterlyDue, TaskPriority.HIGH, false, null, null));
        Map<UUID, TaskView> quarterlyByUnit = byUnit(clock.at(DemoDays.moment(today.minusDays(60), 9),
                () -> tasks.cascade(quarterly.id(), new CascadeTask(null, null, true, null))));
        for (int i = 0; i < communes.size(); i++) {
            UUID unitId = communes.get(i).id();
            TaskView child = quarterlyByUnit.get(unitId);
            int mix = unitId.equals(xomChieu.id()) ? 4 : unitId.equals(khanhHoi.id()) ? 0 : unitId.equals(vinhHoi.id()) ? 2 : i % 5;
            int index = i;
            LocalDate reported = quarterlyDue.minusDays(1 + i % 4);
            int hour = 8 + i % 9;
            switch (mix) {
                case 0, 1 -> {
                    clock.at(DemoDays.moment(reported, hour), () -> complete(child, "Đã gửi báo cáo " + quarter + " kèm phụ lục số liệu."));
                    clock.at(DemoDays.moment(quarterlyDue.plusDays(2), 10), () -> CurrentActor.runAs(leader, () -> tasks.accept(child.id())));
                }
                case 2 -> clock.at(DemoDays.moment(reported, hour), () -> complete(child, "Đã hoàn thành báo cáo, đề nghị Thành phố xác nhận."));
                default -> clock.at(DemoDays.moment(quarterlyDue.minusDays(5), hour), () -> tasks.reportProgress(child.id(), new ReportProgress(40 + (index % 4) * 15, null,
                        "Đang tổng hợp số liệu từ các bộ phận; thiếu nhân sự chuyên trách.", null)));
            }
        }

        // ordered in the conclusions of the session, the day after it (CONCLUSION)
        LocalDate reviewStart = today.minusDays(5);
        TaskView review = clock.at(DemoDays.moment(reviewStart, 8), () -> task(city, "Rà soát toàn bộ nhiệm vụ trước cuối năm, ưu tiên nhiệm vụ liên quan trực tiếp đến đời sống người dân",
                "Từng đơn vị rà soát các nhiệm vụ còn tồn đọng để đẩy nhanh tiến độ thực hiện trước ngày 31/12, trước hết là những nhiệm vụ "
                        + "ảnh hưởng trực tiếp đến đời sống người dân.",
                CONCLUSION, reviewStart, earliest(today.plusDays(25), yearEnd), TaskPriority.URGENT, true, null, null));
        Map<UUID, TaskView> reviewByUnit = byUnit(clock.at(DemoDays.moment(reviewStart, 9), () -> tasks.cascade(review.id(), new CascadeTask(null, null, true, null))));
        for (int i = 0; i < communes.size(); i++) {
            UUID unitId = communes.get(i).id();
            TaskView child = reviewByUnit.get(unitId);
            boolean story = unitId.equals(xomChieu.id()) || unitId.equals(khanhHoi.id()) || unitId.equals(vinhHoi.id());
            // the units answer over the working days since the review was ordered
            java.time.Instant answered = DemoDays.moment(reviewStart.plusDays(1 + i % 4), 8 + i % 9);
            if (!story && i % 3 == 0) {
                clock.at(answered, () -> complete(child, "Đã rà soát, lập danh mục nhiệm vụ còn tồn đọng và phân công đẩy nhanh tiến độ."));
                clock.at(answered.plus(java.time.Duration.ofMinutes(50)), () -> CurrentActor.runAs(leader, () -> tasks.accept(child.id())));
            } else if (story || i % 3 == 1) {
                clock.at(answered, () -> tasks.reportProgress(child.id(), new ReportProgress(30, null, "Đã lập danh mục nhiệm vụ, đang rà soát từng nhiệm vụ.", null)));
            }
        }

        LocalDate conclusionDay = today.minusDays(5);
        TaskView support = clock.at(DemoDays.moment(conclusionDay, 8), () -> task(group15, "Tăng cường vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội hỗ trợ người dân sử dụng dịch vụ công trực tuyến",
                "Phát huy Tổ công nghệ số cộng đồng (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Mặt trận Tổ quốc) hướng dẫn người dân thực hiện "
                        + "thủ tục hành chính trực tuyến và thanh toán trực tuyến.",
                CONCLUSION, conclusionDay, earliest(today.plusDays(30), yearEnd.minusDays(3)), TaskPriority.HIGH, true, null, null));
        clock.at(DemoDays.moment(conclusionDay, 9), () -> tasks.cascade(support.id(), new CascadeTask(null, group15.id(), false, null)));

        clock.at(DemoDays.moment(conclusionDay, 10), () -> task(group15, "Tổng hợp những khó khăn, vướng mắc chung của các phường, kịp thời đề xuất Thường trực Thành ủy cơ chế tháo gỡ",
                "Tổ công tác tổng hợp các khó khăn chung của phường Xóm Chiếu, Khánh Hội, Vĩnh Hội (hạ tầng, nhân sự, trang thiết bị công nghệ "
                        + "thông tin) và đề xuất cơ chế tháo gỡ.",
                CONCLUSION, conclusionDay, today.plusDays(14), TaskPriority.HIGH, false, null, null));

        TaskView training = clock.at(DemoDays.moment(conclusionDay, 14), () -> task(science, "Tổ chức tập huấn toàn diện về công nghệ và chuyển đổi số cho cán bộ, công chức phường",
                "Theo kiến nghị của các phường Xóm Chiếu, Khánh Hội, Vĩnh Hội tại buổi làm việc với Tổ công tác số 15: bồi dưỡng kỹ năng công nghệ "
                        + "thông tin, an toàn thông tin và khai thác dịch vụ công trực tuyến.",
                CONCLUSION, conclusionDay, earliest(today.plusDays(45), yearEnd.minusDays(1)), TaskPriority.NORMAL, false, null, null));
        clock.at(DemoDays.moment(conclusionDay, 15), () -> tasks.cascade(training.id(), new CascadeTask(null, group15.id(), false, null)));

        LocalDate resettlementStart = today.minusDays(150);
        TaskView resettlement = clock.at(DemoDays.moment(resettlementStart, 8), () -> task(construction, "Di dời các hộ dân ra khỏi chung cư cũ hư hỏng nặng trên địa bàn phường Khánh Hội",
                "Vận động, bồi thường, bố trí tạm cư và di dời các hộ dân khỏi lô chung cư xuống cấp nguy hiểm; phối hợp Sở Xây dựng.",
                "Chương trình cải tạo, xây dựng lại chung cư cũ của Thành phố", resettlementStart, yearEnd, TaskPriority.URGENT, true,
                new BigDecimal("120"), "hộ"));
        TaskView resettlementInKhanhHoi = clock.at(DemoDays.moment(resettlementStart, 9),
                () -> tasks.cascade(resettlement.id(), new CascadeTask(List.of(khanhHoi.id()), null, false, null)).getFirst());
        clock.at(DemoDays.moment(today.minusDays(3), 16), () -> tasks.reportProgress(resettlementInKhanhHoi.id(), new ReportProgress(null, new BigDecimal("46"),
                "Đã thỏa thuận bồi thường với 83 hộ, đã chi trả 61 hộ, đã di dời 46 hộ; còn 37 hộ chưa đồng thuận phương án tái định cư.", null)));
        UUID project = resettlementInKhanhHoi.id();
        var inspected = projects.addMilestone(project, "Kiểm định, công bố chung cư hư hỏng nặng, nguy hiểm", today.minusDays(140));
        projects.reachMilestone(project, inspected.id(), today.minusDays(138));
        var compensation = projects.addMilestone(project, "Phê duyệt phương án bồi thường, hỗ trợ, tái định cư", today.minusDays(90));
        projects.reachMilestone(project, compensation.id(), today.minusDays(76));
        projects.addMilestone(project, "Bố trí đủ nhà tạm cư cho các hộ còn lại", today.minusDays(15));
        projects.addMilestone(project, "Di dời toàn bộ 120 hộ, bàn giao mặt bằng", yearEnd);
        BigDecimal households = new BigDecimal("120");
        projects.recordQuantity(project, "Hộ đã thỏa thuận bồi thường", "hộ", households, new BigDecimal("83"));
        projects.recordQuantity(project, "Hộ đã nhận tiền bồi thường", "hộ", households, new BigDecimal("61"));
        projects.recordQuantity(project, "Hộ đã di dời", "hộ", households, new BigDecimal("46"));
    }

    private TaskView task(UnitView unit, String title, String description, String source, LocalDate start, LocalDate due,
                          TaskPriority priority, boolean affectsLives, @Nullable BigDecimal target, @Nullable String measure) {
        return tasks.create(new SaveTask(title, description, source, null, unit.id(), null, start, due, priority, affectsLives, target, measure,
                target == null ? TaskKind.TASK : TaskKind.PROJECT));
    }



    private void complete(TaskView task, String note) {
        tasks.reportCompletion(task.id(), note, "Văn bản báo cáo của đơn vị");
    }

    /** The city leader's actor, so that completions reported by the units are accepted by another person. */
    private Actor leader() {
        AccountView account = accounts.find("leader", new PageRequest(0, 10)).items().stream()
                .filter(candidate -> candidate.username().equals("leader")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo account leader is missing"));
        UnitView unit = directory.unit(account.unitId());
        String name = account.personId() == null ? account.username() : people.person(account.personId()).fullName();
        return new Actor(account.id(), account.username(), name, account.personId(), unit.id(), unit.name(), null, account.roles(),
                Scope.wholeCity());
    }

    private UnitView unit(String code) {
        return directory.unitByCode(code).orElseThrow(() -> new IllegalStateException("Unit " + code + " is missing"));
    }

    private static Map<UUID, TaskView> byUnit(List<TaskView> children) {
        return children.stream().collect(Collectors.toMap(TaskView::unitId, Function.identity()));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
