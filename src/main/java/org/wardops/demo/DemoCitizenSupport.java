package org.wardops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardops.citizensupport.AgeBand;
import org.wardops.citizensupport.AssistanceService;
import org.wardops.citizensupport.Channel;
import org.wardops.citizensupport.CitizenSupportManagement;
import org.wardops.citizensupport.Gender;
import org.wardops.citizensupport.LogAssistance;
import org.wardops.citizensupport.Organisation;
import org.wardops.citizensupport.Outcome;
import org.wardops.citizensupport.SaveTeam;
import org.wardops.citizensupport.TeamView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Community digital technology teams in every commune-level unit of the city (two per unit, by residential group,
 * members from the socio-political organisations and the commune official), and in Xóm Chiếu a team with the
 * volunteer of the Youth Union and a member of the Women's Union that has logged a month of help, dated in the
 * current month from its first day to today. Everything deterministic, so that every demo start looks the same.
 */
@Component
@Profile("demo")
@Order(70)
class DemoCitizenSupport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCitizenSupport.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Minh"};
    private static final String[] MIDDLE_MALE = {"Văn", "Minh", "Quốc", "Hữu"};
    private static final String[] GIVEN_FEMALE = {"Hạnh", "Lan", "Trang", "Thảo", "Nhung", "Phương", "Vy", "Hương"};
    private static final String[] GIVEN_MALE = {"Tuấn", "Khang", "Phúc", "Nam", "Dũng", "Huy", "Tài", "Sơn"};
    private static final Organisation[] ORGANISATIONS = {Organisation.FATHERLAND_FRONT, Organisation.YOUTH_UNION, Organisation.WOMENS_UNION,
            Organisation.VETERANS_ASSOCIATION, Organisation.FARMERS_ASSOCIATION};

    private final CitizenSupportManagement citizenSupport;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final TransactionTemplate transaction;

    DemoCitizenSupport(CitizenSupportManagement citizenSupport, DirectoryManagement directory, PeopleManagement people,
                       TransactionTemplate transaction) {
        this.citizenSupport = citizenSupport;
        this.directory = directory;
        this.people = people;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            UnitView xomChieu = directory.unitByCode("27259").orElse(null);
            if (xomChieu == null || !citizenSupport.teamsOfUnit(xomChieu.id()).isEmpty()) {
                log.info("Demo citizen-support teams already present");
                return;
            }
            build(xomChieu);
        }));
    }

    private void build(UnitView xomChieu) {
        List<UnitView> communes = directory.findUnits(UnitSearch.inProvince("79"), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel())
                .sorted(Comparator.comparing(UnitView::code))
                .toList();
        TeamView story = storyTeam(xomChieu);
        int teams = 1;
        for (int i = 0; i < communes.size(); i++) {
            UnitView unit = communes.get(i);
            String group = unit.type() == UnitType.COMMUNE ? "Ấp " : "Khu phố ";
            for (int number = unit.id().equals(xomChieu.id()) ? 2 : 1; number <= 2; number++) {
                int seed = i * 7 + number * 3;
                List<SaveTeam.NewMember> members = List.of(
                        new SaveTeam.NewMember(name(seed, false), ORGANISATIONS[seed % ORGANISATIONS.length], null),
                        new SaveTeam.NewMember(name(seed + 1, true), Organisation.WOMENS_UNION, null),
                        new SaveTeam.NewMember(name(seed + 2, false), Organisation.YOUTH_UNION, null),
                        new SaveTeam.NewMember(name(seed + 3, seed % 2 == 0), Organisation.COMMUNE_OFFICIAL, null));
                citizenSupport.createTeam(new SaveTeam(unit.id(), "Tổ công nghệ số cộng đồng " + group.toLowerCase() + number, group + number, members));
                teams++;
            }
        }
        int entries = logMonth(story);
        log.info("Demo citizen support: {} teams, {} entries logged by Xóm Chiếu's team", teams, entries);
    }

    private TeamView storyTeam(UnitView xomChieu) {
        List<PersonView> staff = people.find(xomChieu.id(), null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        UUID volunteer = personNamed(staff, "Châu Gia Bảo");
        UUID officer = personNamed(staff, "Huỳnh Thị Mai");
        return citizenSupport.createTeam(new SaveTeam(xomChieu.id(), "Tổ công nghệ số cộng đồng khu phố 1", "Khu phố 1", List.of(
                new SaveTeam.NewMember(null, Organisation.YOUTH_UNION, volunteer),
                new SaveTeam.NewMember("Lâm Thị Kim Oanh", Organisation.WOMENS_UNION, null),
                new SaveTeam.NewMember("Trịnh Hoài Nam", Organisation.YOUTH_UNION, null),
                new SaveTeam.NewMember(null, Organisation.COMMUNE_OFFICIAL, officer))));
    }

    /** Help on every day of the current month up to today, about two a day, with a realistic mix. */
    private int logMonth(TeamView team) {
        LocalDate today = citizenSupport.today();
        AssistanceService[] services = {AssistanceService.VNEID_ACTIVATION, AssistanceService.VNEID_LEVEL2, AssistanceService.ONLINE_PUBLIC_SERVICE,
                AssistanceService.ONLINE_PUBLIC_SERVICE, AssistanceService.CASHLESS_PAYMENT, AssistanceService.E_HEALTH_BOOK,
                AssistanceService.FEEDBACK_APP, AssistanceService.VNEID_ACTIVATION, AssistanceService.OTHER};
        String[] procedures = {"1.001612", "2.000986", "1.004227"};
        Channel[] channels = {Channel.DOOR_TO_DOOR, Channel.SUPPORT_POINT, Channel.SUPPORT_POINT, Channel.PHONE};
        AgeBand[] ages = {AgeBand.FROM_60, AgeBand.FROM_40_TO_59, AgeBand.FROM_60, AgeBand.FROM_25_TO_39, AgeBand.UNDER_25};
        List<LogAssistance> entries = new ArrayList<>();
        int n = 0;
        for (LocalDate day = today.withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
            int perDay = 1 + (day.getDayOfMonth() % 3);
            for (int k = 0; k < perDay; k++, n++) {
                AssistanceService service = services[n % services.length];
                Outcome outcome = n % 11 == 5 ? Outcome.NOT_POSSIBLE : n % 7 == 3 ? Outcome.PARTLY : Outcome.DONE;
                String reason = outcome == Outcome.NOT_POSSIBLE ? "Người dân chưa mang theo căn cước, hẹn hỗ trợ lại."
                        : outcome == Outcome.PARTLY ? "Điện thoại không nhận mã xác thực, cần hỗ trợ thêm." : null;
                UUID clientId = UUID.nameUUIDFromBytes(("demo-assistance-" + n).getBytes(StandardCharsets.UTF_8));
                entries.add(new LogAssistance(clientId, day, team.id(), n % 4 == 0 ? "Khu phố 2" : team.residentialGroup(), service,
                        service.needsProcedureCode() ? procedures[n % procedures.length] : null, channels[n % channels.length], outcome, reason,
                        10 + (n * 7) % 35, n % 3 == 0 ? null : ages[n % ages.length], n % 3 == 0 ? null : n % 2 == 0 ? Gender.FEMALE : Gender.MALE));
            }
        }
        entries.forEach(citizenSupport::log);
        return entries.size();
    }

    private static UUID personNamed(List<PersonView> staff, String name) {
        return staff.stream().filter(person -> person.fullName().equals(name)).findFirst().map(PersonView::id)
                .orElseThrow(() -> new IllegalStateException("Demo person " + name + " is missing"));
    }

    private static String name(int seed, boolean female) {
        String family = FAMILY[Math.floorMod(seed * 5, FAMILY.length)];
        String middle = female ? MIDDLE_FEMALE[Math.floorMod(seed, MIDDLE_FEMALE.length)] : MIDDLE_MALE[Math.floorMod(seed, MIDDLE_MALE.length)];
        String given = female ? GIVEN_FEMALE[Math.floorMod(seed * 3, GIVEN_FEMALE.length)] : GIVEN_MALE[Math.floorMod(seed * 3, GIVEN_MALE.length)];
        return family + " " + middle + " " + given;
    }
}
