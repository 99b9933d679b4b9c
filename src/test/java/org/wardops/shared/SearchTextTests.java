package org.wardops.shared;

import org.junit.jupiter.api.Test;
import org.wardops.shared.text.SearchText;
import org.wardops.shared.text.VietnameseCollation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

    @Test
    void foldsDiacriticsCaseAndTheLetterDd() {
        assertThat(SearchText.fold("Phường Xóm Chiếu")).isEqualTo("phuong xom chieu");
        assertThat(SearchText.fold("ĐẶC KHU Côn Đảo")).isEqualTo("dac khu con dao");
        assertThat(SearchText.fold("  Thủ   Đức, (mới) ")).isEqualTo("thu duc moi");
    }

    @Test
    void foldsComposedAndDecomposedInputAlike() {
        String decomposed = java.text.Normalizer.normalize("Vĩnh Hội", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold("Vĩnh Hội")).isEqualTo("vinh hoi");
    }

    @Test
    void sortsInVietnameseAlphabeticalOrderWordByWord() {
        List<String> names = new ArrayList<>(List.of("Đông Hòa", "Dĩ An", "Ăn Uống", "Âu Cơ", "An Nhơn", "Bàn Cờ", "Bà Rịa", "Anh Dũng"));
        names.sort(VietnameseCollation.comparator());
        assertThat(names).containsExactly("An Nhơn", "Anh Dũng", "Ăn Uống", "Âu Cơ", "Bà Rịa", "Bàn Cờ", "Dĩ An", "Đông Hòa");
    }

    @Test
    void sortKeysOrderLikeTheComparator() {
        List<String> names = List.of("Xóm Chiếu", "Xuân Hòa", "Vĩnh Hội", "Khánh Hội", "Đông Hưng Thuận", "Diên Hồng", "Bà Rịa", "Bàn Cờ");
        List<String> byKey = new ArrayList<>(names);
        byKey.sort((a, b) -> VietnameseCollation.sortKey(a).compareTo(VietnameseCollation.sortKey(b)));
        List<String> byComparator = new ArrayList<>(names);
        byComparator.sort(VietnameseCollation.comparator());
        assertThat(byKey).isEqualTo(byComparator);
    }
}
