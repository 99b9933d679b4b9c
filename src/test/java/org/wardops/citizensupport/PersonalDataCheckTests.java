package org.wardops.citizensupport;

import org.junit.jupiter.api.Test;
import org.wardops.citizensupport.internal.PersonalDataCheck;
import org.wardops.citizensupport.internal.PersonalDataCheck.Finding;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCheckTests {

    @Test
    void findsIdentityNumbersOfNineAndTwelveDigitsAlsoWithSeparators() {
        assertThat(PersonalDataCheck.find("CCCD 079201001234")).isEqualTo(Finding.ID_NUMBER);
        assertThat(PersonalDataCheck.find("số 079 201 001 234")).isEqualTo(Finding.ID_NUMBER);
        assertThat(PersonalDataCheck.find("CMND 025123456 cũ")).isEqualTo(Finding.ID_NUMBER);
        assertThat(PersonalDataCheck.find("mã hồ sơ 1234567")).isNull();
    }

    @Test
    void findsPhoneNumbers() {
        assertThat(PersonalDataCheck.find("gọi lại 0903 123 456")).isEqualTo(Finding.PHONE_NUMBER);
        assertThat(PersonalDataCheck.find("sđt +84 903 123 456")).isEqualTo(Finding.PHONE_NUMBER);
        assertThat(PersonalDataCheck.find("số 028.3823.4567")).isEqualTo(Finding.PHONE_NUMBER);
    }

    @Test
    void findsLikelyPersonalNames() {
        assertThat(PersonalDataCheck.find("Bà Lan không nhận được mã OTP")).isEqualTo(Finding.PERSONAL_NAME);
        assertThat(PersonalDataCheck.find("hỗ trợ chú Ba ở hẻm 12")).isEqualTo(Finding.PERSONAL_NAME);
        assertThat(PersonalDataCheck.find("Nguyễn Văn An chưa có căn cước")).isEqualTo(Finding.PERSONAL_NAME);
        assertThat(PersonalDataCheck.find("gặp Trần Thị Bích")).isEqualTo(Finding.PERSONAL_NAME);
    }

    @Test
    void leavesOrdinaryReasonsAlone() {
        assertThat(PersonalDataCheck.find("Người dân chưa mang theo căn cước, hẹn hỗ trợ lại.")).isNull();
        assertThat(PersonalDataCheck.find("Điện thoại không nhận mã xác thực, cần hỗ trợ thêm.")).isNull();
        assertThat(PersonalDataCheck.find("Mất điện tại điểm hỗ trợ khu phố 3")).isNull();
        assertThat(PersonalDataCheck.find("Cổng Dịch vụ công quốc gia bảo trì")).isNull();
        assertThat(PersonalDataCheck.find(null)).isNull();
    }
}
