package org.aikg.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static String words(String number) {
        return NumberWords.words(new BigDecimal(number), 3);
    }

    @Test
    void millionsBillionsAndTrillionsAreWordsWithThreeSignificantDigits() {
        assertThat(words("2788000")).isEqualTo("2.79 million");
        assertThat(words("685000000000")).isEqualTo("685 billion");
        assertThat(words("14800000000000")).isEqualTo("14.8 trillion");
        assertThat(words("-465000000000")).isEqualTo("-465 billion");
    }

    @Test
    void roundingThatReachesTheNextScaleNamesIt() {
        assertThat(words("999600000")).isEqualTo("1 billion");
        assertThat(words("999700000000000")).isEqualTo("1 × 10¹⁵");
    }

    @Test
    void flopSizedFiguresArePowersOfTen() {
        assertThat(words("3800000000000000000000000")).isEqualTo("3.8 × 10²⁴");
        assertThat(words("21000000000000000000000000")).isEqualTo("2.1 × 10²⁵");
    }

    @Test
    void numbersBelowAMillionAreGroupedAndKeepTheirWholePart() {
        assertThat(NumberWords.words(new BigDecimal("5048.62"), 6)).isEqualTo("5,048.62");
        assertThat(words("5048.62")).isEqualTo("5,049");
        assertThat(words("800")).isEqualTo("800");
        assertThat(words("2048")).isEqualTo("2,048");
        assertThat(words("123456.7")).isEqualTo("123,457");
    }

    @Test
    void decimalsBelowAMillionAreRoundedToTheSignificantDigits() {
        assertThat(NumberWords.words(new BigDecimal("3.1555699410964646"), 4)).isEqualTo("3.156");
        assertThat(words("0.34")).isEqualTo("0.34");
    }

    @Test
    void moneyShowsCentsOnlyWhenThereAreAny() {
        assertThat(NumberWords.money(new BigDecimal("7.5"), 3)).isEqualTo("7.50");
        assertThat(NumberWords.money(new BigDecimal("0.14"), 3)).isEqualTo("0.14");
        assertThat(NumberWords.money(new BigDecimal("12500"), 3)).isEqualTo("12,500");
        assertThat(NumberWords.money(new BigDecimal("5576000"), 3)).isEqualTo("5.58 million");
    }
}
