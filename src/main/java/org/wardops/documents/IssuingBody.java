package org.wardops.documents;

import java.util.Locale;

/**
 * The issuing-body block of a formal document (Decree 30/2020/NĐ-CP, Appendix I, for state bodies; the Party's
 * guidance on Party documents for Party committees), per kind of issuer:
 * <ul>
 *   <li>a People's Committee names only itself with its locality ("ỦY BAN NHÂN DÂN PHƯỜNG XÓM CHIẾU"): it has no
 *       superior body line, the city's People's Committee does not appear above a ward's;</li>
 *   <li>a Party committee sits under the Party organisation it belongs to ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" above
 *       "ĐẢNG ỦY PHƯỜNG XÓM CHIẾU");</li>
 *   <li>a working group sits under the body that set it up, named as that body is ("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH"
 *       above "TỔ CÔNG TÁC SỐ 15");</li>
 *   <li>a department sits under the People's Committee it serves ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" above
 *       "SỞ KHOA HỌC VÀ CÔNG NGHỆ").</li>
 * </ul>
 *
 * @param superior the superior body (cơ quan chủ quản) in capitals, or empty
 * @param issuer the issuing body in capitals
 */
public record IssuingBody(String superior, String issuer) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static IssuingBody peoplesCommittee(String unitName) {
        return new IssuingBody("", "ỦY BAN NHÂN DÂN " + upper(unitName));
    }

    /** @param superiorUnitName the unit whose Party organisation the committee belongs to; may be empty */
    public static IssuingBody partyCommittee(String unitName, String superiorUnitName) {
        return new IssuingBody(superiorUnitName.isBlank() ? "" : "ĐẢNG BỘ " + upper(superiorUnitName), "ĐẢNG ỦY " + upper(unitName));
    }

    /** A ward or commune issuing as itself: its People's Committee (state format) or its Party committee (Party format). */
    public static IssuingBody unit(DocumentStyle style, String unitName, String superiorUnitName) {
        return style == DocumentStyle.STATE ? peoplesCommittee(unitName) : partyCommittee(unitName, superiorUnitName);
    }

    /** @param setUpBy the body that set the group up, e.g. "Thành ủy Thành phố Hồ Chí Minh"; may be empty */
    public static IssuingBody workingGroup(String groupName, String setUpBy) {
        return new IssuingBody(upper(setUpBy), upper(groupName));
    }

    public static IssuingBody department(String departmentName, String cityName) {
        return new IssuingBody(cityName.isBlank() ? "" : "ỦY BAN NHÂN DÂN " + upper(cityName), upper(departmentName));
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }
}
