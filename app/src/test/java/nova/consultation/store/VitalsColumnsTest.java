package nova.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nova.consultation.domain.Vitals;
import org.junit.jupiter.api.Test;

class VitalsColumnsTest {

    private static final Vitals MEASURED = new Vitals(new BigDecimal("37.2"), 88, 125, 80, new BigDecimal("65.5"));

    @Test
    void constantsComeBackAsTheyWereGivenWithTheirDecimal() {
        assertEquals(MEASURED, VitalsColumns.toVitals(VitalsColumns.of(MEASURED)));
        Vitals some = new Vitals(null, 72, null, null, new BigDecimal("3.0"));
        assertEquals(some, VitalsColumns.toVitals(VitalsColumns.of(some)));
    }

    @Test
    void noEmbeddedValueIsNoConstantMeasured() {
        // Hibernate loads an embedded value whose columns are all null as null.
        assertEquals(Vitals.NONE, VitalsColumns.toVitals(null));
        assertEquals(Vitals.NONE, VitalsColumns.toVitals(VitalsColumns.of(null)));
    }

    @Test
    void thePayloadCarriesTheColumnNamesAndTenths() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reason", "Fièvre");
        VitalsColumns.putSyncFields(VitalsColumns.of(MEASURED), fields);
        assertEquals(VitalsColumns.SYNC_FIELDS, new ArrayList<>(fields.keySet()).subList(1, 6));
        assertEquals(Arrays.asList("Fièvre", 372, 88, 125, 80, 655), new ArrayList<>(fields.values()));

        Map<String, Object> none = new LinkedHashMap<>();
        VitalsColumns.putSyncFields(null, none);
        assertEquals(VitalsColumns.SYNC_FIELDS, new ArrayList<>(none.keySet()));
        none.values().forEach(value -> assertNull(value));
    }
}
