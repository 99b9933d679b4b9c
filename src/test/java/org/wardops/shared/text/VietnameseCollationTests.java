package org.wardops.shared.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseCollationTests {

    private static final List<String> IN_ORDER = List.of(
            "An Đông", "An Khánh", "An Phú Đông", "Ăn Uống", "Âu Lạc", "Bà Rịa", "Bàn Cờ", "Bảy Hiền", "Bến Thành", "Bình Thạnh",
            "Dĩ An", "Đa Kao", "Đông Hưng Thuận", "Ê Đê", "Gò Vấp", "Ơn Hòa", "Xóm Chiếu", "Yên Thế");

    @Test
    void followsTheVietnameseAlphabetWordByWord() {
        List<String> shuffled = new ArrayList<>(IN_ORDER);
        Collections.reverse(shuffled);
        shuffled.sort(VietnameseCollation.comparator());
        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void ordersTonesAfterTheBaseLetterAsASecondaryDifference() {
        List<String> words = new ArrayList<>(List.of("cạ", "cá", "cã", "cả", "cà", "ca", "cam"));
        words.sort(VietnameseCollation.comparator());
        assertThat(words).containsExactly("ca", "cà", "cả", "cã", "cá", "cạ", "cam");
    }

    @Test
    void ordersNumbersByValue() {
        List<String> groups = new ArrayList<>();
        for (int i = 19; i >= 1; i--) {
            groups.add("Tổ công tác số " + i);
        }
        groups.sort(VietnameseCollation.comparator());
        assertThat(groups).first().isEqualTo("Tổ công tác số 1");
        assertThat(groups.subList(0, 3)).containsExactly("Tổ công tác số 1", "Tổ công tác số 2", "Tổ công tác số 3");
        assertThat(groups).last().isEqualTo("Tổ công tác số 19");
        assertThat(VietnameseCollation.comparator().compare("Phường 02", "Phường 10")).isNegative();
    }

    @Test
    void theSqlSortKeyHasTheSameOrderAsTheComparator() {
        List<String> names = new ArrayList<>(IN_ORDER);
        names.addAll(List.of("Tổ công tác số 10", "Tổ công tác số 2", "Tổ công tác số 1"));
        List<String> byKey = names.stream().sorted(Comparator.comparing(VietnameseCollation::sortKey)).toList();
        List<String> byComparator = names.stream().sorted(VietnameseCollation.comparator()).toList();
        assertThat(byKey).containsExactlyElementsOf(byComparator);
    }
}
