package nova.consultation.store;

import java.math.BigDecimal;

/**
 * How the store keeps constants with one decimal (temperature, weight): whole tenths in an integer column, so that
 * « 37,2 » reads back as 37.2 exactly. Used by {@link VitalsColumns}, the columns both consultation and
 * referral rows embed.
 */
final class Tenths {

    private Tenths() {
    }

    /** 37.2 → 372; null stays null. Values with more than one decimal are refused by the rules before this. */
    static Integer of(BigDecimal value) {
        return value == null ? null : value.movePointRight(1).intValueExact();
    }

    /** 372 → 37.2; null stays null. */
    static BigDecimal decimal(Integer tenths) {
        return tenths == null ? null : BigDecimal.valueOf(tenths, 1);
    }
}
