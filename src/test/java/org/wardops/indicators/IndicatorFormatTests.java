package org.wardops.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.wardops.indicators.web.IndicatorFormat;
import org.wardops.shared.web.Localizer;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorFormatTests {

    private static IndicatorFormat in(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/indicators");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new IndicatorFormat(new Localizer(messages, Locale.forLanguageTag(language)));
    }

    @Test
    void namesPeriodsInEachLanguage() {
        assertThat(in("vi").period("2025-10")).isEqualTo("Tháng 10/2025");
        assertThat(in("vi").period("2025-Q4")).isEqualTo("Quý IV/2025");
        assertThat(in("vi").period("2025-W47")).isEqualTo("Tuần 47/2025");
        assertThat(in("en").period("2025-10")).isEqualTo("October 2025");
        assertThat(in("en").period("2025-Q4")).isEqualTo("Q4 2025");
        assertThat(in("en").period("2025-W47")).isEqualTo("Week 47, 2025");
        assertThat(in("de").period("2025-10")).isEqualTo("Oktober 2025");
        assertThat(in("de").period("2025-Q4")).isEqualTo("Q4 2025");
        assertThat(in("de").period("2025-W47")).isEqualTo("KW 47/2025");
    }

    @Test
    void writesNumbersTheLocalWay() {
        assertThat(in("vi").percent(new BigDecimal("0.694"))).isEqualTo("69,4 %");
        assertThat(in("de").percent(new BigDecimal("0.694"))).isEqualTo("69,4 %");
        assertThat(in("en").percent(new BigDecimal("0.694"))).isEqualTo("69.4 %");
        assertThat(in("vi").points(new BigDecimal("5.4"))).isEqualTo("5,40");
        assertThat(in("vi").points(null)).isEqualTo("Chưa có số liệu");
        assertThat(in("en").trend(BigDecimal.ONE, BigDecimal.TEN)).isEqualTo("down");
    }
}
