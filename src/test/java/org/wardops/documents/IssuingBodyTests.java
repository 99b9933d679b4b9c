package org.wardops.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuing-body block per kind of issuer (Decree 30/2020/NĐ-CP, Appendix I; Party document guidance). */
class IssuingBodyTests {

    @Test
    void aWardsPeoplesCommitteeHasNoSuperiorBodyAbove() {
        assertThat(IssuingBody.unit(DocumentStyle.STATE, "Phường Xóm Chiếu", "Thành phố Hồ Chí Minh"))
                .isEqualTo(new IssuingBody("", "ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU"));
    }

    @Test
    void aWardsPartyCommitteeSitsUnderTheCityPartyOrganisation() {
        assertThat(IssuingBody.unit(DocumentStyle.PARTY, "Phường Xóm Chiếu", "Thành phố Hồ Chí Minh"))
                .isEqualTo(new IssuingBody("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG XÓM CHIẾU"));
        assertThat(IssuingBody.partyCommittee("Phường Xóm Chiếu", "").superior()).isEmpty();
    }

    @Test
    void aWorkingGroupSitsUnderTheBodyThatSetItUp() {
        assertThat(IssuingBody.workingGroup("Tổ công tác số 15", "Thành ủy Thành phố Hồ Chí Minh"))
                .isEqualTo(new IssuingBody("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "TỔ CÔNG TÁC SỐ 15"));
    }

    @Test
    void aDepartmentSitsUnderTheCitysPeoplesCommittee() {
        assertThat(IssuingBody.department("Sở Khoa học và Công nghệ", "Thành phố Hồ Chí Minh"))
                .isEqualTo(new IssuingBody("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    }
}
