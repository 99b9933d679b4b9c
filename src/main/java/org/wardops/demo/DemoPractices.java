package org.wardops.demo;

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
import org.wardops.directory.UnitView;
import org.wardops.practices.PracticeManagement;
import org.wardops.practices.PracticeView;
import org.wardops.practices.PublishPractice;
import org.wardops.practices.Topic;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Scope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Khánh Hội's good practice — evening support sessions at the residential-group house for people who work during the
 * day — endorsed by working group no. 15 (as its leader), adopted by Xóm Chiếu and Vĩnh Hội; Xóm Chiếu has reported
 * its result. Dated from today.
 */
@Component
@Profile("demo")
@Order(80)
class DemoPractices implements ApplicationRunner {

    static final String TITLE = "Buổi tối hỗ trợ dịch vụ công trực tuyến tại nhà sinh hoạt khu phố";
    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final PracticeManagement practices;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final AccountManagement accounts;
    private final TransactionTemplate transaction;

    private final org.wardops.shared.time.ApplicationClock clock;

    DemoPractices(PracticeManagement practices, DirectoryManagement directory, PeopleManagement people, AccountManagement accounts,
                  TransactionTemplate transaction, org.wardops.shared.time.ApplicationClock clock) {
        this.clock = clock;
        this.practices = practices;
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system(), () -> transaction.executeWithoutResult(status -> {
            if (directory.unitByCode("27265").isEmpty() || practices.practices(null, null, new PageRequest(0, 1)).total() > 0) {
                log.info("Demo practices already present");
                return;
            }
            build();
        }));
    }

    private void build() {
        UnitView khanhHoi = directory.unitByCode("27265").orElseThrow();
        UnitView xomChieu = directory.unitByCode("27259").orElseThrow();
        UnitView vinhHoi = directory.unitByCode("27286").orElseThrow();
        LocalDate today = practices.today();
        // published a season ago, endorsed days later; Xóm Chiếu took it up two months ago, Vĩnh Hội after the session
        PracticeView practice = clock.at(DemoDays.moment(today.minusDays(100), 10), () -> practices.publishFor(khanhHoi.id(), new PublishPractice(TITLE, Topic.CITIZEN_SUPPORT,
                "Nhiều người dân làm việc ban ngày, đến bộ phận một cửa hoặc điểm hỗ trợ trong giờ hành chính không được; tỷ lệ hồ sơ "
                        + "trực tuyến của phường thấp, nhiều lượt hỗ trợ không thực hiện được vì người dân vắng nhà.",
                "Từ 18 giờ 30 đến 20 giờ 30 thứ Ba và thứ Năm, tổ công nghệ số cộng đồng (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, công chức "
                        + "phường) trực tại nhà sinh hoạt khu phố: kích hoạt VNeID mức độ 2, nộp hồ sơ trực tuyến, cài ứng dụng thanh toán; "
                        + "thông báo lịch qua nhóm Zalo khu phố và loa phát thanh.",
                "Sau ba tháng: số lượt hỗ trợ hoàn thành mỗi tháng tăng từ 42 lên 118; tỷ lệ hồ sơ trực tuyến toàn trình của phường tăng "
                        + "từ 38 % lên 61 %; 96 % người được hỏi hài lòng.",
                "assistance.done", new BigDecimal("42"),
                "Chọn nhà sinh hoạt khu phố có wifi ổn định; mỗi buổi hai tình nguyện viên và một công chức; lập danh mục thủ tục hay gặp; "
                        + "ghi nhận từng lượt trên trang ghi nhận hỗ trợ của WardOps để theo dõi kết quả.",
                "Không phát sinh chi phí lớn: nước uống và điện chiếu sáng do khu phố hỗ trợ, khoảng 300.000 đồng mỗi tháng.",
                "Văn phòng HĐND và UBND phường Khánh Hội, điện thoại cơ quan 028 3940 0000")));
        clock.at(DemoDays.moment(today.minusDays(95), 15), () -> CurrentActor.runAs(groupLeader(), () -> practices.endorse(practice.id(),
                "Cách làm phù hợp với người dân đi làm ban ngày, kết quả có số liệu rõ ràng; đề nghị các phường trong địa bàn phụ trách nhân rộng.")));
        PracticeView.AdoptionView xomChieuAdoption = clock.at(DemoDays.moment(today.minusDays(62), 9),
                () -> practices.adoptFor(practice.id(), xomChieu.id(), today.minusDays(60)));
        clock.at(DemoDays.moment(today.minusDays(5), 14), () -> practices.adoptFor(practice.id(), vinhHoi.id(), today.plusDays(7)));
        clock.at(DemoDays.moment(today.minusDays(3), 11), () -> practices.reportResult(xomChieuAdoption.id(), new BigDecimal("87"),
                "Sau hai tháng áp dụng tại khu phố 1 và 2, số lượt hỗ trợ hoàn thành mỗi tháng tăng từ 42 lên 87."));
        log.info("Demo practice of Khánh Hội endorsed by working group no. 15, adopted by Xóm Chiếu and Vĩnh Hội");
    }


    /** The leader of working group no. 15 as the access module would build them: the group and its units in scope. */
    private Actor groupLeader() {
        AccountView account = accounts.find("wg15.lead", new PageRequest(0, 10)).items().stream()
                .filter(candidate -> candidate.username().equals("wg15.lead")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo account wg15.lead is missing"));
        UnitView group = directory.unit(account.unitId());
        Set<UUID> scope = new HashSet<>(directory.unitsSupervisedBy(group.id()));
        scope.add(group.id());
        String name = account.personId() == null ? account.username() : people.person(account.personId()).fullName();
        return new Actor(account.id(), account.username(), name, account.personId(), group.id(), group.name(), group.id(), account.roles(),
                Scope.units(scope));
    }
}
