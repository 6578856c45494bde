package nova.consultation.domain;

import java.math.BigDecimal;

/**
 * The constants measured at a visit; any of them may be missing (a dental visit often takes none). Temperature in
 * °C and weight in kg with one decimal, pulse in beats per minute, blood pressure in mmHg.
 */
public record Vitals(BigDecimal temperatureC, Integer pulseBpm, Integer systolicMmHg, Integer diastolicMmHg,
                     BigDecimal weightKg) {

    public static final Vitals NONE = new Vitals(null, null, null, null, null);

    public boolean isEmpty() {
        return temperatureC == null && pulseBpm == null && systolicMmHg == null && diastolicMmHg == null
                && weightKg == null;
    }
}
