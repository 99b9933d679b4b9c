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
import org.wardops.difficulties.Addressee;
import org.wardops.difficulties.AddresseeType;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.CommonDifficultyView;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.DifficultySearch;
import org.wardops.difficulties.DifficultySource;
import org.wardops.difficulties.DifficultyView;
import org.wardops.difficulties.EntryKind;
import org.wardops.difficulties.MemberView;
import org.wardops.difficulties.NewCommonDifficulty;
import org.wardops.difficulties.NewProposal;
import org.wardops.difficulties.ProposalManagement;
import org.wardops.difficulties.SaveDifficulty;
import org.wardops.difficulties.Severity;
import org.wardops.difficulties.SuggestionView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Scope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The difficulties of the story: what Xóm Chiếu, Khánh Hội and Vĩnh Hội raised with working group no. 15 and how the
 * group answered, and a few hundred difficulties of the city's other units, so that common difficulties appear with
 * dozens of units each; the largest are grouped and one proposal goes to the City Party Committee. Built once,
 * through the facades, acting as the demo accounts where the story names them.
 */
@Component
@Profile("demo")
@Order(40)
class DemoDifficulties implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDifficulties.class);
    private static final String CITY = "79";

    /** A kind of difficulty many units raise, in several wordings. */
    private record Theme(String category, Severity severity, List<String[]> wordings) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("DIGITAL_TRANSFORMATION", Severity.HIGH, List.<String[]>of(
                    new String[] {"Chưa có công chức chuyên trách chuyển đổi số",
                            "Đơn vị chưa bố trí được công chức chuyên trách chuyển đổi số; nhiệm vụ CĐS do công chức Văn phòng kiêm nhiệm.",
                            "Đề nghị Thành phố bổ sung 01 biên chế chuyên trách chuyển đổi số cho mỗi phường, xã."},
                    new String[] {"Thiếu cán bộ chuyên trách CĐS",
                            "Không có vị trí việc làm chuyên trách chuyển đổi số nên việc triển khai các nền tảng số và dữ liệu chậm.",
                            "Đề nghị Sở Nội vụ hướng dẫn bổ sung vị trí việc làm chuyên trách chuyển đổi số."},
                    new String[] {"Chua co nguoi chuyen trach chuyen doi so",
                            "Xa khong co can bo chuyen trach chuyen doi so, cong viec giao tam cho cong chuc van phong kiem nhiem.",
                            "De nghi cho phep tuyen dung cong chuc chuyen trach chuyen doi so."})),
            new Theme("INFRASTRUCTURE", Severity.MEDIUM, List.<String[]>of(
                    new String[] {"Máy tính cũ, cấu hình thấp",
                            "Nhiều máy tính của bộ phận một cửa đã sử dụng trên 8 năm, cấu hình thấp, không cài được phần mềm mới và chữ ký số.",
                            "Đề nghị Thành phố hỗ trợ kinh phí trang bị máy tính mới cho bộ phận một cửa."},
                    new String[] {"Trang thiết bị tin học lạc hậu",
                            "Máy vi tính, máy scan lạc hậu, hư hỏng thường xuyên, cấu hình thấp, không đáp ứng yêu cầu xử lý hồ sơ điện tử.",
                            "Đề nghị cấp mới máy tính, máy scan cho công chức tiếp nhận hồ sơ."},
                    new String[] {"May tinh da cu, cau hinh thap",
                            "Thiet bi may tinh cua phuong da cu, cau hinh thap, chay cham khi dung he thong dung chung.",
                            "De nghi trang bi may tinh moi."})),
            new Theme("SKILLS_TRAINING", Severity.MEDIUM, List.<String[]>of(
                    new String[] {"Kỹ năng công nghệ thông tin của công chức không đồng đều",
                            "Trình độ, kỹ năng CNTT của một số công chức còn hạn chế, làm chậm xử lý hồ sơ trên phần mềm.",
                            "Đề nghị Thành phố tổ chức tập huấn kỹ năng số cho cán bộ, công chức phường, xã."},
                    new String[] {"Đề nghị đào tạo kỹ năng số cho cán bộ",
                            "Kỹ năng tin học của cán bộ chưa đồng đều, nhiều người lớn tuổi chưa thành thạo các phần mềm dùng chung.",
                            "Đề nghị mở lớp đào tạo, bồi dưỡng kỹ năng công nghệ thông tin và chuyển đổi số."})),
            new Theme("STAFFING", Severity.HIGH, List.<String[]>of(
                    new String[] {"Thiếu biên chế so với khối lượng công việc",
                            "Số lượng công chức được giao không đủ so với khối lượng công việc rất lớn sau sắp xếp; công chức thường xuyên làm ngoài giờ.",
                            "Đề nghị bổ sung biên chế cho phường có quy mô dân số lớn."},
                    new String[] {"Công chức kiêm nhiệm nhiều chức danh",
                            "Một công chức phải kiêm nhiệm hai đến ba chức danh nên không đảm bảo chất lượng công việc.",
                            "Đề nghị hướng dẫn định mức kiêm nhiệm và giảm kiêm nhiệm chức danh."})),
            new Theme("INFRASTRUCTURE", Severity.MEDIUM, List.<String[]>of(
                    new String[] {"Đường truyền internet chậm, không ổn định",
                            "Đường truyền mạng chậm, thường xuyên mất kết nối, ảnh hưởng tiếp nhận hồ sơ và họp trực tuyến.",
                            "Đề nghị nâng cấp đường truyền số liệu chuyên dùng và băng thông internet."})),
            new Theme("ADMIN_PROCEDURES", Severity.MEDIUM, List.<String[]>of(
                    new String[] {"Hồ sơ lưu trữ của quận cũ chưa bàn giao",
                            "Hồ sơ đất đai, xây dựng của quận cũ chưa được bàn giao đầy đủ cho phường, khó giải quyết thủ tục cho người dân.",
                            "Đề nghị sớm bàn giao và số hóa hồ sơ lưu trữ của quận cũ."})),
            new Theme("FINANCE_ASSETS", Severity.MEDIUM, List.<String[]>of(
                    new String[] {"Chưa được giao đủ dự toán kinh phí hoạt động",
                            "Kinh phí chi thường xuyên được giao không đủ cho hoạt động sau sắp xếp.",
                            "Đề nghị bổ sung dự toán kinh phí chi thường xuyên."})));
    private static final int[] THEME_WEIGHTS = {30, 28, 22, 10, 5, 3, 2};

    private final DifficultyManagement difficulties;
    private final CommonDifficultyManagement commons;
    private final ProposalManagement proposals;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;
    private final org.wardops.shared.time.ApplicationClock clock;

    DemoDifficulties(DifficultyManagement difficulties, CommonDifficultyManagement commons, ProposalManagement proposals,
                     DirectoryManagement directory, PeopleManagement people, AccountManagement accounts, TransactionTemplate transaction,
                     org.wardops.shared.time.ApplicationClock clock) {
        this.clock = clock;
        this.difficulties = difficulties;
        this.commons = commons;
        this.proposals = proposals;
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (directory.unitByCode("79-TCT-15").isEmpty()
                    || difficulties.find(new DifficultySearch(null, null, null, null, false, null), new PageRequest(0, 1)).total() > 0) {
                return;
            }
            build();
        }));
    }

    private void build() {
        UnitView xomChieu = unit("27259");
        UnitView khanhHoi = unit("27265");
        UnitView vinhHoi = unit("27286");
        story(xomChieu, khanhHoi, vinhHoi);
        int others = otherUnits(Set.of(xomChieu.id(), khanhHoi.id(), vinhHoi.id()));
        long started = System.nanoTime();
        List<SuggestionView> suggestions = commons.suggestions(null);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Demo difficulties: {} across the city; {} suggested groupings computed in {} ms", others + 10, suggestions.size(), millis);
        group(suggestions, Set.of(xomChieu.id(), khanhHoi.id(), vinhHoi.id()));
    }

    private void story(UnitView xomChieu, UnitView khanhHoi, UnitView vinhHoi) {
        String session = "Buổi làm việc của Tổ công tác số 15 với phường Xóm Chiếu, Khánh Hội, Vĩnh Hội, tháng 10/2025";
        DifficultyView noOfficer = clock.at(at(10, 30, 15, 3), () -> as("xomchieu.officer", () -> raise(xomChieu, "Chưa có công chức chuyên trách chuyển đổi số",
                "Phường chưa có công chức chuyên trách chuyển đổi số; nhiệm vụ CĐS do công chức Văn phòng HĐND và UBND kiêm nhiệm, nhiều việc bị chậm.",
                "Đề nghị Thành phố bổ sung vị trí việc làm và biên chế chuyên trách chuyển đổi số cho phường.", "DIGITAL_TRANSFORMATION", Severity.HIGH, session)));
        DifficultyView posts = clock.at(at(10, 30, 15, 6), () -> as("xomchieu.officer", () -> raise(xomChieu, "Công chức kiêm nhiệm nhiều chức danh",
                "Nhiều công chức của phường cùng lúc kiêm nhiệm hai, ba chức danh nên không đủ thời gian cho từng lĩnh vực.",
                "Đề nghị hướng dẫn định mức kiêm nhiệm, giảm kiêm nhiệm cho công chức phường.", "STAFFING", Severity.MEDIUM, session)));
        DifficultyView skills = clock.at(at(10, 30, 15, 9), () -> as("xomchieu.officer", () -> raise(xomChieu, "Kỹ năng công nghệ thông tin không đồng đều",
                "Kỹ năng CNTT của công chức không đồng đều, làm chậm một số nhiệm vụ trên các phần mềm dùng chung.",
                "Đề nghị Thành phố tổ chức bồi dưỡng kỹ năng số cho công chức phường.", "SKILLS_TRAINING", Severity.MEDIUM, session)));
        DifficultyView equipment = clock.at(at(10, 30, 15, 12), () -> as("xomchieu.officer", () -> raise(xomChieu, "Trang thiết bị tin học lạc hậu, không đồng bộ",
                "Máy tính, thiết bị mạng cũ và không đồng bộ, không đáp ứng yêu cầu kết nối, lưu trữ dữ liệu và bảo đảm an toàn thông tin.",
                "Đề nghị Thành phố hỗ trợ trang bị máy tính, thiết bị lưu trữ, sao lưu và giải pháp an toàn thông tin.", "INFRASTRUCTURE", Severity.HIGH, session)));
        DifficultyView workload = clock.at(at(10, 30, 15, 15), () -> as("khanhhoi.officer", () -> raise(khanhHoi, "Thiếu biên chế, khối lượng công việc rất lớn",
                "Phường có dân số đông, khối lượng hồ sơ tăng mạnh sau sắp xếp nhưng số công chức được giao không đủ.",
                "Đề nghị bổ sung biên chế công chức cho phường.", "STAFFING", Severity.HIGH, session)));
        DifficultyView resettlement = clock.at(at(10, 30, 15, 18), () -> as("khanhhoi.officer", () -> raise(khanhHoi, "Di dời người dân khỏi chung cư cũ xuống cấp",
                "Việc di dời các hộ dân ra khỏi chung cư cũ, hư hỏng nguy hiểm gặp khó khăn về quỹ nhà tái định cư và phương án bồi thường.",
                "Đề nghị Thành phố có cơ chế đặc thù về bố trí tái định cư tại chỗ cho người dân chung cư cũ.", "PROJECTS", Severity.HIGH, session)));
        DifficultyView khInfrastructure = clock.at(at(10, 30, 15, 21), () -> as("khanhhoi.officer", () -> raise(khanhHoi, "Hạ tầng công nghệ thông tin chưa đáp ứng",
                "Máy tính cũ, cấu hình thấp; đường truyền không ổn định ảnh hưởng tiếp nhận hồ sơ trực tuyến.",
                "Đề nghị nâng cấp máy tính và đường truyền cho bộ phận một cửa.", "INFRASTRUCTURE", Severity.MEDIUM, session)));
        DifficultyView weak = clock.at(at(10, 30, 15, 24), () -> as("vinhhoi.officer", () -> raise(vinhHoi, "Hạ tầng kỹ thuật còn yếu",
                "Máy tính và đường truyền của phường còn yếu, thường xuyên gián đoạn khi xử lý hồ sơ trên hệ thống.",
                "Đề nghị đầu tư nâng cấp hạ tầng công nghệ thông tin cho phường.", "INFRASTRUCTURE", Severity.MEDIUM, session)));
        DifficultyView qualified = clock.at(at(10, 30, 15, 27), () -> as("vinhhoi.officer", () -> raise(vinhHoi, "Thiếu cán bộ có chuyên môn công nghệ thông tin",
                "Phường thiếu công chức có trình độ chuyên môn về công nghệ thông tin, chưa có người chuyên trách chuyển đổi số.",
                "Đề nghị tuyển dụng hoặc điều động công chức có chuyên môn CNTT cho phường.", "STAFFING", Severity.HIGH, session)));
        DifficultyView training = clock.at(at(10, 30, 15, 30), () -> as("vinhhoi.officer", () -> raise(vinhHoi, "Đề nghị tập huấn toàn diện về công nghệ và chuyển đổi số",
                "Kỹ năng số của cán bộ, công chức chưa đồng đều; nhiều người chưa được tập huấn về chuyển đổi số.",
                "Đề nghị Thành phố tổ chức tập huấn toàn diện về công nghệ và chuyển đổi số cho cán bộ, công chức phường.", "SKILLS_TRAINING", Severity.MEDIUM, session)));
        clock.at(at(11, 3, 10, 0), () -> as("xomchieu.officer", () -> difficulties.create(new SaveDifficulty(xomChieu.id(), "Thiếu kho lưu trữ hồ sơ",
                "Kho lưu trữ hồ sơ của phường chật, chưa đủ chỗ cho hồ sơ tiếp nhận từ các phường cũ.", "INFRASTRUCTURE", Severity.LOW,
                "Đề nghị bố trí thêm kho lưu trữ.", null, DifficultySource.AD_HOC, null, false))));

        clock.at(at(10, 31, 9, 0), () -> {
            for (DifficultyView d : List.of(noOfficer, posts, skills, equipment)) {
                as("xomchieu.chair", () -> difficulties.submit(d.id(), d.version()));
            }
        });
        clock.at(at(10, 31, 10, 0), () -> {
            for (DifficultyView d : List.of(workload, resettlement, khInfrastructure, weak, qualified, training)) {
                as("wg15.lead", () -> difficulties.submit(d.id(), d.version()));
            }
        });
        clock.at(at(11, 3, 14, 0), () -> as("wg15.member", () -> {
            DifficultyView accepted = difficulties.accept(noOfficer.id(), noOfficer.version() + 1, null);
            difficulties.comment(accepted.id(), EntryKind.FEEDBACK, "Tổ công tác ghi nhận; sẽ tổng hợp cùng kiến nghị của các phường khác để đề xuất Thành ủy.");
            DifficultyView current = difficulties.difficulty(equipment.id());
            difficulties.answer(current.id(), current.version(), "Sở Khoa học và Công nghệ đã đưa phường vào kế hoạch thay thế máy tính năm 2026; "
                    + "trước mắt phường rà soát thiết bị hết hạn hỗ trợ và đăng ký nhu cầu qua Tổ công tác.");
        }));
        clock.at(at(11, 4, 9, 30), () -> as("wg15.lead", () -> {
                DifficultyView current = difficulties.difficulty(training.id());
                difficulties.answer(current.id(), current.version(), "Thành phố mở lớp bồi dưỡng kỹ năng số cho công chức phường, xã trong quý I/2026; "
                        + "phường đăng ký danh sách học viên với Sở Nội vụ.");
                DifficultyView project = difficulties.difficulty(resettlement.id());
                DifficultyView accepted = difficulties.accept(project.id(), project.version(), null);
                difficulties.escalate(accepted.id(), accepted.version(), "Vượt thẩm quyền của Tổ công tác; đề nghị Thường trực Thành ủy chỉ đạo cơ chế tái định cư tại chỗ.");
        }));
        clock.at(at(11, 4, 16, 0), () -> as("vinhhoi.officer", () -> {
            DifficultyView current = difficulties.difficulty(training.id());
            difficulties.resolve(current.id(), current.version());
        }));
        clock.at(at(11, 1, 8, 45), () -> as("khanhhoi.officer",
                () -> difficulties.cosign(posts.id(), "Phường Khánh Hội có 6 công chức kiêm nhiệm từ hai chức danh trở lên.")));
    }

    private DifficultyView raise(UnitView unit, String title, String description, String recommendation, String category, Severity severity,
                                 String session) {
        return difficulties.create(new SaveDifficulty(unit.id(), title, description, category, severity, recommendation, null,
                DifficultySource.SESSION, session, false));
    }

    /** Two difficulties for each other unit of the city, by weighted themes, some with local figures; all submitted. */
    private int otherUnits(Set<UUID> storyWards) {
        Random random = new Random(79);
        List<UnitView> units = directory.findUnits(UnitSearch.inProvince(CITY), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel() && !storyWards.contains(unit.id()))
                .sorted(Comparator.comparing(UnitView::code)).toList();
        UUID science = directory.unitByCode("79-SKHCN").map(UnitView::id).orElse(null);
        List<DifficultyView> raised = new ArrayList<>();
        for (UnitView unit : units) {
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < 2) {
                chosen.add(weighted(random));
            }
            for (int index : chosen) {
                Theme theme = THEMES.get(index);
                String[] wording = theme.wordings().get(random.nextInt(theme.wordings().size()));
                String detail = switch (index) {
                    case 1 -> " Đơn vị có " + (20 + random.nextInt(30)) + " máy tính, trong đó " + (8 + random.nextInt(12)) + " máy đã quá 8 năm.";
                    case 3 -> " Biên chế được giao " + (25 + random.nextInt(15)) + " người cho khoảng " + (40 + random.nextInt(60)) + " nghìn dân.";
                    default -> "";
                };
                Addressee addressee = index == 1 && science != null && random.nextInt(4) == 0 ? new Addressee(AddresseeType.DEPARTMENT, science) : null;
                boolean confidential = random.nextInt(40) == 0;
                SaveDifficulty draft = new SaveDifficulty(unit.id(), wording[0], wording[1] + detail, theme.category(), theme.severity(),
                        wording[2], addressee, random.nextBoolean() ? DifficultySource.REPORT : DifficultySource.AD_HOC, null, confidential);
                raised.add(clock.at(raisedAt(raised.size()), () -> difficulties.create(draft)));
            }
        }
        for (int i = 0; i < raised.size(); i++) {
            DifficultyView draft = raised.get(i);
            Instant raisedAt = raisedAt(i);
            DifficultyView submitted = clock.at(raisedAt.plus(Duration.ofHours(2)), () -> difficulties.submit(draft.id(), draft.version()));
            if (i % 3 == 0) {
                clock.at(raisedAt.plus(Duration.ofDays(2)), () -> difficulties.accept(submitted.id(), submitted.version(), "Thành viên " + submitted.addresseeName()));
            }
        }
        return raised.size();
    }

    /** The three largest suggestions become common difficulties (the story wards kept out for working group 15), two go to the City Party Committee. */
    private void group(List<SuggestionView> suggestions, Set<UUID> storyWards) {
        List<CommonDifficultyView> created = new ArrayList<>();
        for (SuggestionView suggestion : suggestions.stream().limit(3).toList()) {
            List<UUID> members = suggestion.members().stream().filter(member -> !storyWards.contains(member.unitId()))
                    .map(MemberView::difficultyId).toList();
            if (members.size() < 2) {
                continue;
            }
            MemberView first = suggestion.members().getFirst();
            created.add(clock.at(at(11, 4, 10, created.size() * 5), () -> commons.create(new NewCommonDifficulty(first.title(), first.description(), null, members, suggestion.key()))));
        }
        if (created.size() >= 2) {
            // Working group no. 15 collects what the wards share and proposes it (the leader's conclusion).
            // the decision is asked for in the quarter after this one (quý I/2026 on the demo's today)
            LocalDate today = LocalDate.now(clock.withZone(org.wardops.shared.time.LocalTime.VIETNAM));
            LocalDate decideBy = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(6).minusDays(1);
            clock.at(at(11, 4, 15, 0), () -> as("wg15.lead", () -> {
            var proposal = proposals.create(new NewProposal(
                    "Đề xuất cơ chế bố trí công chức chuyên trách chuyển đổi số và trang bị máy tính cho phường, xã",
                    "Nhiều phường, xã chưa có công chức chuyên trách chuyển đổi số và sử dụng máy tính cũ, cấu hình thấp, ảnh hưởng đến giải quyết thủ tục hành chính trên môi trường số.",
                    "Bổ sung 01 vị trí việc làm chuyên trách chuyển đổi số cho mỗi phường, xã trong tổng biên chế của Thành phố; bố trí kinh phí thay thế máy tính đã sử dụng trên 8 năm theo lộ trình 2026–2027.",
                    "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
                    "Thống nhất chủ trương và giao Ủy ban nhân dân Thành phố ban hành kế hoạch thực hiện trong " + DemoDays.quarter(decideBy) + ".",
                    decideBy, created.stream().limit(2).map(CommonDifficultyView::id).toList()));
            proposals.submit(proposal.id(), proposal.version());
            }));
        }
    }


    /** A moment of autumn 2025 in Ho Chi Minh City, when the story's difficulties were raised and answered. */
    private static Instant at(int month, int day, int hour, int minute) {
        return java.time.LocalDateTime.of(2025, month, day, hour, minute).atZone(org.wardops.shared.time.LocalTime.VIETNAM).toInstant();
    }

    /** The other units raise their difficulties over the working days of 20–31 October 2025, a few each hour. */
    private static Instant raisedAt(int index) {
        int[] days = {20, 21, 22, 23, 24, 27, 28, 29, 30, 31};
        return at(10, days[index % days.length], 8 + (index / days.length) % 9, (index * 7) % 60);
    }

    private static int weighted(Random random) {
        int total = 0;
        for (int weight : THEME_WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < THEME_WEIGHTS.length; i++) {
            pick -= THEME_WEIGHTS[i];
            if (pick < 0) {
                return i;
            }
        }
        return 0;
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(actorOf(username), work);
    }

    private void as(String username, Runnable work) {
        CurrentActor.runAs(actorOf(username), work);
    }

    /** The demo account as an actor, with the scope the access module gives it (own unit, and a working group's units). */
    private Actor actorOf(String username) {
        AccountView account = accounts.find(username, new PageRequest(0, 10)).items().stream()
                .filter(candidate -> candidate.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo account " + username + " is missing"));
        Set<UUID> scope = new HashSet<>();
        scope.add(account.unitId());
        if (account.workingGroupId() != null) {
            scope.add(account.workingGroupId());
            scope.addAll(directory.unitsSupervisedBy(account.workingGroupId()));
        }
        String name = account.personId() == null ? username : people.person(account.personId()).fullName();
        @Nullable String unitName = directory.unit(account.unitId()).name();
        return new Actor(account.id(), username, name, account.personId(), account.unitId(), unitName, account.workingGroupId(),
                account.roles(), Scope.units(scope));
    }

    private UnitView unit(String code) {
        return directory.unitByCode(code).orElseThrow(() -> new IllegalStateException("Official unit " + code + " is missing"));
    }
}
