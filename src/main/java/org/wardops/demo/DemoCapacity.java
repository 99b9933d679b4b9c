package org.wardops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.capacity.AssetManagement;
import org.wardops.capacity.BackupFrequency;
import org.wardops.capacity.CertificateView;
import org.wardops.capacity.ControlStatus;
import org.wardops.capacity.Employment;
import org.wardops.capacity.ImportReport;
import org.wardops.capacity.InfrastructureManagement;
import org.wardops.capacity.InfrastructureView.Backup;
import org.wardops.capacity.InfrastructureView.InformationSystem;
import org.wardops.capacity.InfrastructureView.Link;
import org.wardops.capacity.ItSkill;
import org.wardops.capacity.MatchKey;
import org.wardops.capacity.PostView;
import org.wardops.capacity.SaveInfrastructure;
import org.wardops.capacity.SaveInfrastructure.ControlAnswer;
import org.wardops.capacity.SaveStaff;
import org.wardops.capacity.StaffManagement;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.SavePerson;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The capacity story: Xóm Chiếu has no dedicated DT officer (its office clerk holds the post concurrently), 12 PCs
 * of which the 7 bought in 2014–2016 run Windows 7, 8.1 or 10 (all out of support) and has never tested a restore;
 * Khánh Hội has 18 established posts, 14 filled, with heavy concurrent duties; Vĩnh Hội's staff mostly lack tested
 * IT skills. Every other unit of the city gets a deterministic pseudo-random spread, so that the ranking and the heat
 * table mean something. Through the facades (audited), inventories through the import path (batched).
 */
@Component
@Profile("demo")
@Order(50)
class DemoCapacity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCapacity.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quốc", "Hoàng", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hải", "Hạnh", "Hiếu", "Hòa", "Khang", "Lan", "Linh", "Long", "Nam",
            "Nga", "Phong", "Phương", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Uyên", "Vy", "Yến"};
    private static final String[] OTHER_POSTS = {"JUSTICE_CIVIL", "ECONOMY_INFRA", "CULTURE_SOCIAL", "FINANCE", "ONE_STOP"};
    private static final String[] PROVIDERS = {"VNPT", "Viettel", "FPT Telecom", "MobiFone"};
    private static final List<String> CONTROLS = List.of("ANTIVIRUS", "PATCHING", "FIREWALL", "ACCOUNTS", "BACKUPS", "PHYSICAL", "TRAINING");

    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final StaffManagement staff;
    private final AssetManagement assets;
    private final InfrastructureManagement infrastructure;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCapacity(DirectoryManagement directory, PeopleManagement people, StaffManagement staff, AssetManagement assets,
                 InfrastructureManagement infrastructure, TransactionTemplate transaction, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.staff = staff;
        this.assets = assets;
        this.infrastructure = infrastructure;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            UnitView xomChieu = directory.unitByCode("27259").orElse(null);
            if (xomChieu == null || !staff.unitStaff(xomChieu.id()).staff().isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
            xomChieu(xomChieu, today);
            UnitView khanhHoi = directory.unitByCode("27265").orElseThrow();
            khanhHoi(khanhHoi, today);
            UnitView vinhHoi = directory.unitByCode("27286").orElseThrow();
            vinhHoi(vinhHoi, today);
            List<UnitView> others = directory.findUnits(UnitSearch.inProvince("79"), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(u -> u.type().isCommuneLevel() && !List.of("27259", "27265", "27286").contains(u.code()))
                    .sorted(Comparator.comparing(UnitView::code)).toList();
            for (UnitView unit : others) {
                spread(unit, today);
            }
            log.info("Demo capacity created for {} units in {} ms", others.size() + 3, (System.nanoTime() - started) / 1_000_000);
        }));
    }

    private void xomChieu(UnitView unit, LocalDate today) {
        List<PersonView> existing = people.find(unit.id(), null, new PageRequest(0, 50)).items();
        PersonView chair = named(existing, "Ngô Văn Hậu");
        PersonView clerk = named(existing, "Huỳnh Thị Mai");
        List<SaveStaff> entries = new ArrayList<>();
        entries.add(entry(chair, ItSkill.BASIC, ItSkill.NONE, null, post("CHAIR", true, Employment.ESTABLISHED)));
        entries.add(new SaveStaff(clerk.id(), List.of(post("OFFICE_CLERK", true, Employment.ESTABLISHED), post("DT_OFFICER", false, Employment.ESTABLISHED)),
                ItSkill.ADVANCED, ItSkill.BASIC, today.minusMonths(14),
                List.of(new CertificateView("Chứng chỉ ứng dụng CNTT cơ bản", "Trường Đại học Sài Gòn", today.minusYears(3), null)), null));
        entries.add(entry(person("Lâm Quốc Việt", "Phó Chủ tịch UBND phường Xóm Chiếu", unit), ItSkill.BASIC, ItSkill.BASIC, today.minusMonths(20),
                post("VICE_CHAIR", true, Employment.ESTABLISHED)));
        entries.add(entry(person("Trịnh Thị Hồng", "Công chức Tư pháp – Hộ tịch phường Xóm Chiếu", unit), ItSkill.BASIC, ItSkill.NONE, null,
                post("JUSTICE_CIVIL", true, Employment.ESTABLISHED), post("ONE_STOP", false, Employment.ESTABLISHED)));
        entries.add(entry(person("Cao Minh Đức", "Công chức Phòng Kinh tế, Hạ tầng và Đô thị phường Xóm Chiếu", unit), ItSkill.NONE, ItSkill.NONE, null,
                post("ECONOMY_INFRA", true, Employment.ESTABLISHED)));
        entries.add(entry(person("Lưu Thị Kim Oanh", "Nhân viên hợp đồng Phòng Văn hóa – Xã hội phường Xóm Chiếu", unit), ItSkill.BASIC, ItSkill.NONE, null,
                post("CULTURE_SOCIAL", true, Employment.CONTRACT)));
        entries.add(entry(person("Quách Văn Tài", "Công chức Tài chính – Kế toán phường Xóm Chiếu", unit), ItSkill.BASIC, ItSkill.BASIC, today.minusMonths(30),
                post("FINANCE", true, Employment.ESTABLISHED)));
        staff.registerAll(unit.id(), entries);
        staff.setEstablishedPosts(unit.id(), 10);
        StringBuilder csv = header();
        String[][] old = {{"7", "Professional"}, {"7", "Professional"}, {"8.1", "Pro"}, {"8.1", "Pro"}, {"10 22H2", "Pro"}, {"10 22H2", "Pro"}, {"10 22H2", "Pro"}};
        for (int i = 0; i < old.length; i++) {
            row(csv, "DESKTOP", "XC-PC-%02d".formatted(i + 1), "XC%05d".formatted(1000 + i), i < 4 ? "HP Compaq 6300" : "Dell OptiPlex 3020",
                    2014 + i / 3, "windows", old[i][0], old[i][1], "IN_USE", i < 3 ? "Bộ phận Một cửa" : "Văn phòng");
        }
        String[][] recent = {{"11 25H2", "Pro"}, {"11 25H2", "Pro"}, {"11 25H2", "Pro"}, {"11 25H2", "Education"}, {"11 25H2", "Education"}};
        for (int i = 0; i < recent.length; i++) {
            row(csv, i < 3 ? "DESKTOP" : "LAPTOP", "XC-PC-%02d".formatted(8 + i), "XC%05d".formatted(2000 + i), "Dell Vostro 3020",
                    2023 + i / 3, "windows", recent[i][0], recent[i][1], "IN_USE", "Bộ phận Một cửa");
        }
        row(csv, "PRINTER", "XC-IN-01", "XCP0001", "Canon LBP 2900", 2013, "", "", "", "IN_USE", "Văn phòng");
        row(csv, "SCANNER", "XC-SC-01", "XCS0001", "Canon DR-C225", 2015, "", "", "", "BROKEN", "Bộ phận Một cửa");
        importCsv(unit, csv);
        infrastructure.save(unit.id(), new SaveInfrastructure(500, 430,
                List.of(new Link("VNPT", 80, 40, false, 9)),
                List.of(new Backup("Dữ liệu hồ sơ một cửa", BackupFrequency.WEEKLY, "Ổ cứng gắn ngoài tại văn phòng", null)),
                List.of(new InformationSystem("Hệ thống thông tin giải quyết thủ tục hành chính (tiếp nhận)", 2, null, null)),
                answers("IN_PLACE", "MISSING", "MISSING", "IN_PLACE", "IN_PLACE", "MISSING", "MISSING"), null));
    }

    private void khanhHoi(UnitView unit, LocalDate today) {
        List<PersonView> existing = people.find(unit.id(), null, new PageRequest(0, 50)).items();
        List<SaveStaff> entries = new ArrayList<>();
        entries.add(entry(named(existing, "Phan Thị Yến"), ItSkill.BASIC, ItSkill.BASIC, today.minusMonths(10), post("CHAIR", true, Employment.ESTABLISHED),
                post("FINANCE", false, Employment.ESTABLISHED)));
        entries.add(entry(named(existing, "Trương Minh Khoa"), ItSkill.ADVANCED, ItSkill.ADVANCED, today.minusMonths(6),
                post("ECONOMY_INFRA", true, Employment.ESTABLISHED), post("IT_SUPPORT", false, Employment.ESTABLISHED)));
        entries.add(entry(person("Đinh Công Thắng", "Công chức chuyên trách chuyển đổi số phường Khánh Hội", unit), ItSkill.ADVANCED, ItSkill.ADVANCED,
                today.minusMonths(4), post("DT_OFFICER", true, Employment.ESTABLISHED), post("ONE_STOP", false, Employment.ESTABLISHED)));
        Random random = new Random(27265);
        String[] mains = {"VICE_CHAIR", "OFFICE_CLERK", "JUSTICE_CIVIL", "CULTURE_SOCIAL", "ONE_STOP", "FINANCE", "OTHER"};
        for (int i = 0; i < 11; i++) {
            String main = mains[i % mains.length];
            List<PostView> posts = new ArrayList<>(List.of(post(main, true, Employment.ESTABLISHED)));
            if (i < 6) {
                String second = OTHER_POSTS[(i + 1) % OTHER_POSTS.length];
                if (!second.equals(main)) {
                    posts.add(post(second, false, Employment.ESTABLISHED));
                }
            }
            ItSkill tested = random.nextInt(10) < 6 ? ItSkill.BASIC : ItSkill.NONE;
            entries.add(new SaveStaff(person(name(random), "Công chức phường Khánh Hội", unit).id(), posts, ItSkill.BASIC, tested,
                    tested == ItSkill.NONE ? null : today.minusDays(30 + random.nextInt(600)), List.of(), null));
        }
        staff.registerAll(unit.id(), entries);
        staff.setEstablishedPosts(unit.id(), 18);
        importCsv(unit, pcs(unit, new Random(27265), 15, "KH", today.getYear()));
        infrastructure.save(unit.id(), new SaveInfrastructure(2000, 900,
                List.of(new Link("Viettel", 200, 200, false, 2), new Link("VNPT", 100, 50, true, 1)),
                List.of(new Backup("Cơ sở dữ liệu một cửa và văn bản", BackupFrequency.DAILY, "Máy chủ NAS và trung tâm dữ liệu Thành phố", today.minusMonths(5))),
                List.of(new InformationSystem("Hệ thống quản lý văn bản và điều hành", 2, "123/QĐ-UBND", today.minusYears(1))),
                answers("IN_PLACE", "IN_PLACE", "IN_PLACE", "IN_PLACE", "IN_PLACE", "MISSING", "MISSING"), null));
    }

    private void vinhHoi(UnitView unit, LocalDate today) {
        List<PersonView> existing = people.find(unit.id(), null, new PageRequest(0, 50)).items();
        List<SaveStaff> entries = new ArrayList<>();
        entries.add(entry(named(existing, "Mai Đức Toàn"), ItSkill.BASIC, ItSkill.NONE, null, post("CHAIR", true, Employment.ESTABLISHED)));
        entries.add(entry(named(existing, "Lý Ngọc Hân"), ItSkill.BASIC, ItSkill.NONE, null, post("CULTURE_SOCIAL", true, Employment.ESTABLISHED),
                post("DT_OFFICER", false, Employment.ESTABLISHED)));
        Random random = new Random(27286);
        for (String main : List.of("VICE_CHAIR", "OFFICE_CLERK", "JUSTICE_CIVIL", "ECONOMY_INFRA", "ONE_STOP")) {
            entries.add(entry(person(name(random), "Công chức phường Vĩnh Hội", unit), ItSkill.BASIC, random.nextInt(4) == 0 ? ItSkill.BASIC : ItSkill.NONE,
                    today.minusMonths(8), post(main, true, Employment.ESTABLISHED)));
        }
        staff.registerAll(unit.id(), entries.stream().map(e -> e.testedSkill() == ItSkill.NONE
                ? new SaveStaff(e.personId(), e.posts(), e.selfAssessedSkill(), e.testedSkill(), null, e.certificates(), null) : e).toList());
        staff.setEstablishedPosts(unit.id(), 9);
        importCsv(unit, pcs(unit, new Random(27286), 10, "VH", today.getYear()));
        infrastructure.save(unit.id(), new SaveInfrastructure(1000, 600,
                List.of(new Link("FPT Telecom", 150, 150, false, 4)),
                List.of(new Backup("Dữ liệu hồ sơ một cửa", BackupFrequency.WEEKLY, "Máy chủ NAS", today.minusMonths(15))),
                List.of(), answers("IN_PLACE", "IN_PLACE", "MISSING", "IN_PLACE", "IN_PLACE", "NOT_APPLICABLE", "MISSING"), null));
    }

    /** A unit of the city's spread: 4–7 people, 6–16 PCs, links, a backup and controls, all from the unit's own seed. */
    private void spread(UnitView unit, LocalDate today) {
        Random random = new Random(unit.code().hashCode());
        int size = 4 + random.nextInt(4);
        int dt = random.nextInt(10);
        List<SaveStaff> entries = new ArrayList<>();
        int established = 0;
        for (int i = 0; i < size; i++) {
            String main = i == 0 ? "CHAIR" : i == 1 ? "OFFICE_CLERK" : i == 2 && dt < 4 ? "DT_OFFICER" : OTHER_POSTS[random.nextInt(OTHER_POSTS.length)];
            Employment employment = i < 2 || random.nextInt(8) > 0 ? Employment.ESTABLISHED : Employment.CONTRACT;
            if (employment == Employment.ESTABLISHED) {
                established++;
            }
            List<PostView> posts = new ArrayList<>(List.of(post(main, true, employment)));
            if (i == 1 && dt >= 4 && dt < 8) {
                posts.add(post("DT_OFFICER", false, Employment.ESTABLISHED));
            } else if (i > 2 && random.nextInt(3) == 0) {
                String second = "ONE_STOP".equals(main) ? "FINANCE" : "ONE_STOP";
                posts.add(post(second, false, Employment.ESTABLISHED));
            }
            int skill = random.nextInt(10);
            ItSkill tested = skill < 5 ? ItSkill.BASIC : skill < 6 ? ItSkill.ADVANCED : ItSkill.NONE;
            entries.add(new SaveStaff(person(name(random), "Công chức " + unit.name(), unit).id(), posts, ItSkill.BASIC, tested,
                    tested == ItSkill.NONE ? null : today.minusDays(20 + random.nextInt(900)), List.of(), null));
        }
        staff.registerAll(unit.id(), entries);
        staff.setEstablishedPosts(unit.id(), established + random.nextInt(4));
        importCsv(unit, pcs(unit, random, 6 + random.nextInt(11), unit.code(), today.getYear()));
        List<Link> links = new ArrayList<>(List.of(new Link(PROVIDERS[random.nextInt(PROVIDERS.length)], 50 + 50 * random.nextInt(4), 50, false, random.nextInt(12))));
        if (random.nextInt(10) < 4) {
            links.add(new Link(PROVIDERS[random.nextInt(PROVIDERS.length)], 100, 100, true, random.nextInt(3)));
        }
        int restore = random.nextInt(10);
        LocalDate restored = restore < 3 ? null : today.minusDays(random.nextInt(restore < 7 ? 330 : 720) + 1);
        String[] answers = new String[CONTROLS.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = i == 5 && random.nextInt(8) == 0 ? "NOT_APPLICABLE" : random.nextInt(10) < 6 ? "IN_PLACE" : "MISSING";
        }
        infrastructure.save(unit.id(), new SaveInfrastructure(500 + 250 * random.nextInt(8), 200 + random.nextInt(300), links,
                List.of(new Backup("Dữ liệu hồ sơ một cửa", random.nextBoolean() ? BackupFrequency.WEEKLY : BackupFrequency.DAILY, "Máy chủ NAS", restored)),
                List.of(new InformationSystem("Hệ thống thông tin giải quyết thủ tục hành chính", 2, null, null)), answers(answers), null));
    }

    /** PCs of a unit whose operating systems follow their purchase year, with a printer. */
    private static StringBuilder pcs(UnitView unit, Random random, int count, String prefix, int year) {
        StringBuilder csv = header();
        for (int i = 0; i < count; i++) {
            int bought = year - random.nextInt(12);
            String[] os = bought <= 2016 ? pick(random, new String[][] {{"7", "Professional"}, {"8.1", "Pro"}, {"10 22H2", "Pro"}, {"10 21H2", "Pro"}})
                    : bought <= 2020 ? pick(random, new String[][] {{"10 22H2", "Pro"}, {"11 24H2", "Enterprise"}, {"10 21H2", "LTSC"}, {"11 25H2", "Pro"}})
                    : pick(random, new String[][] {{"11 25H2", "Pro"}, {"11 25H2", "Education"}, {"11 24H2", "Enterprise"}});
            String product = random.nextInt(30) == 0 ? "Linux Mint" : "windows";
            row(csv, random.nextInt(4) == 0 ? "LAPTOP" : "DESKTOP", prefix + "-PC-%02d".formatted(i + 1), prefix + "S%05d".formatted(i),
                    "Dell OptiPlex", bought, product, os[0], os[1], "IN_USE", "Trụ sở " + unit.name());
        }
        row(csv, "PRINTER", prefix + "-IN-01", prefix + "P00001", "Canon LBP 2900", year - random.nextInt(10), "", "", "", "IN_USE", "");
        return csv;
    }

    private void importCsv(UnitView unit, StringBuilder csv) {
        ImportReport report = assets.importInventory(unit.id(), "demo.csv", csv.toString().getBytes(StandardCharsets.UTF_8), MatchKey.TAG, false);
        if (!report.written()) {
            throw new IllegalStateException("Demo inventory of " + unit.name() + " refused: " + report.refused());
        }
    }

    private static StringBuilder header() {
        return new StringBuilder("type,tag,serial,model,purchaseYear,osProduct,osVersion,osEdition,state,location\n");
    }

    private static void row(StringBuilder csv, String type, String tag, String serial, String model, int year, String product, String version,
                            String edition, String state, String location) {
        csv.append(String.join(",", type, tag, serial, model, Integer.toString(year), product, version, edition, state, location)).append('\n');
    }

    private static String[] pick(Random random, String[][] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static List<ControlAnswer> answers(String... statuses) {
        List<ControlAnswer> answers = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            ControlStatus status = ControlStatus.valueOf(statuses[i]);
            answers.add(new ControlAnswer(CONTROLS.get(i), status, status == ControlStatus.NOT_APPLICABLE ? "Không có phòng máy riêng; máy đặt tại bộ phận một cửa" : null));
        }
        return answers;
    }

    private static SaveStaff entry(PersonView person, ItSkill self, ItSkill tested, LocalDate testedOn, PostView... posts) {
        return new SaveStaff(person.id(), List.of(posts), self, tested, testedOn, List.of(), null);
    }

    private static PostView post(String code, boolean main, Employment employment) {
        return new PostView(code, main, employment);
    }

    private PersonView person(String name, String title, UnitView unit) {
        return people.create(new SavePerson(name, title, unit.id(), null, null));
    }

    private static PersonView named(List<PersonView> people, String name) {
        return people.stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow(() -> new IllegalStateException(name + " is missing"));
    }

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }
}
