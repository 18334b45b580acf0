package org.aikg.shell.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void countsPastAMillionAreSaidInWords() {
        assertThat(Numbers.count(new BigDecimal("685000000000"))).isEqualTo("685 billion");
        assertThat(Numbers.count(new BigDecimal("2788000"))).isEqualTo("2.788 million");
        assertThat(Numbers.count(new BigDecimal("14800000000000"))).isEqualTo("14.8 trillion");
        assertThat(Numbers.count(new BigDecimal("999999999"))).isEqualTo("1 billion");
    }

    @Test
    void smallerCountsKeepTheirDigitsGrouped() {
        assertThat(Numbers.count(new BigDecimal("5048.62"))).isEqualTo("5,048.62");
        assertThat(Numbers.count(new BigDecimal("2788"))).isEqualTo("2,788");
        assertThat(Numbers.count(new BigDecimal("0.14"))).isEqualTo("0.14");
        assertThat(Numbers.count(new BigDecimal("-78"))).isEqualTo("-78");
    }

    @Test
    void hugeAndTinyNumbersUsePowersOfTen() {
        assertThat(Numbers.count(new BigDecimal("4560000000000000000000000"))).isEqualTo("4.56 × 10²⁴");
        assertThat(Numbers.scientific(3.8e25, 2)).isEqualTo("3.8 × 10²⁵");
        assertThat(Numbers.count(new BigDecimal("0.0000123"))).isEqualTo("1.23 × 10⁻⁵");
        assertThat(Numbers.powerOfTen(-3)).isEqualTo("10⁻³");
    }

    @Test
    void quantitiesNameTheirUnitInThePlural() {
        assertThat(Numbers.quantity(new BigDecimal("685000000000"), "parameter")).isEqualTo("685 billion parameters");
        assertThat(Numbers.quantity(new BigDecimal("2788000"), "GPU-hour")).isEqualTo("2.788 million GPU-hours");
        assertThat(Numbers.quantity(new BigDecimal("3.8e25"), "FLOP")).isEqualTo("3.8 × 10²⁵ FLOP");
        assertThat(Numbers.quantity(new BigDecimal("-78"), "%")).isEqualTo("-78%");
        assertThat(Numbers.quantity(BigDecimal.ONE, "index point")).isEqualTo("1 index point");
        assertThat(Numbers.quantity(new BigDecimal("5048.62"), "index point")).isEqualTo("5,048.62 index points");
    }

    @Test
    void moneyCarriesItsCurrency() {
        assertThat(Numbers.money(new BigDecimal("5576000"), "USD")).isEqualTo("$5.576 million");
        assertThat(Numbers.money(new BigDecimal("7.5"), "USD")).isEqualTo("$7.50");
        assertThat(Numbers.money(new BigDecimal("0.14"), "usd")).isEqualTo("$0.14");
        assertThat(Numbers.money(new BigDecimal("-465000000000"), "USD")).isEqualTo("-$465 billion");
        assertThat(Numbers.money(new BigDecimal("12000000000"), "CHF")).isEqualTo("12 billion CHF");
        assertThat(Numbers.money(new BigDecimal("3"), "EUR")).isEqualTo("€3");
    }

    @Test
    void compactFormsFitOnAnAxis() {
        assertThat(Numbers.compact(1e24)).isEqualTo("1×10²⁴");
        assertThat(Numbers.compact(4.6e24)).isEqualTo("4.6×10²⁴");
        assertThat(Numbers.compact(5.6e6)).isEqualTo("5.6 M");
        assertThat(Numbers.compact(685e9)).isEqualTo("685 B");
        assertThat(Numbers.compact(20_000)).isEqualTo("20 k");
        assertThat(Numbers.compact(999_999)).isEqualTo("1 M");
        assertThat(Numbers.compact(2024)).isEqualTo("2024");
        assertThat(Numbers.compact(0.25)).isEqualTo("0.25");
        assertThat(Numbers.compact(0)).isEqualTo("0");
    }

    @Test
    void unitsArePutInThePluralOnlyWhenTheyAreWords() {
        assertThat(Numbers.plural("token")).isEqualTo("tokens");
        assertThat(Numbers.plural("GPU-hour")).isEqualTo("GPU-hours");
        assertThat(Numbers.plural("FLOP")).isEqualTo("FLOP");
        assertThat(Numbers.plural("W")).isEqualTo("W");
        assertThat(Numbers.plural("currency")).isEqualTo("currencies");
        assertThat(Numbers.plural("datapoints")).isEqualTo("datapoints");
    }
}
