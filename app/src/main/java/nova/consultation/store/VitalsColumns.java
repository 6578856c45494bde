package nova.consultation.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Map;
import nova.consultation.domain.Vitals;

/**
 * The constants of a visit as the consultation and referral rows keep them: the same five columns in both tables
 * (V7, V9), temperature and weight in whole tenths. Also the names and values they travel with in a change's
 * payload, where the keys are these column names.
 *
 * <p>Hibernate reads an embedded value whose columns are all null as no value at all: the owners treat a null
 * {@code VitalsColumns} as {@link Vitals#NONE}.
 */
@Embeddable
public class VitalsColumns {

    /** The payload keys, in the order they are written. */
    public static final List<String> SYNC_FIELDS = List.of("temperature_tenths", "pulse_bpm", "systolic_mmhg",
            "diastolic_mmhg", "weight_tenths_kg");

    @Column(name = "temperature_tenths")
    private Integer temperatureTenths;
    @Column(name = "pulse_bpm")
    private Integer pulseBpm;
    @Column(name = "systolic_mmhg")
    private Integer systolicMmHg;
    @Column(name = "diastolic_mmhg")
    private Integer diastolicMmHg;
    @Column(name = "weight_tenths_kg")
    private Integer weightTenthsKg;

    protected VitalsColumns() {
    }

    private VitalsColumns(Integer temperatureTenths, Integer pulseBpm, Integer systolicMmHg, Integer diastolicMmHg,
                          Integer weightTenthsKg) {
        this.temperatureTenths = temperatureTenths;
        this.pulseBpm = pulseBpm;
        this.systolicMmHg = systolicMmHg;
        this.diastolicMmHg = diastolicMmHg;
        this.weightTenthsKg = weightTenthsKg;
    }

    /** The columns of these constants; {@code null} reads as none measured. */
    public static VitalsColumns of(Vitals vitals) {
        Vitals v = vitals == null ? Vitals.NONE : vitals;
        return new VitalsColumns(Tenths.of(v.temperatureC()), v.pulseBpm(), v.systolicMmHg(), v.diastolicMmHg(),
                Tenths.of(v.weightKg()));
    }

    /** The constants kept in {@code columns}; a null embedded value (every column null) is {@link Vitals#NONE}. */
    public static Vitals toVitals(VitalsColumns columns) {
        if (columns == null) {
            return Vitals.NONE;
        }
        return new Vitals(Tenths.decimal(columns.temperatureTenths), columns.pulseBpm, columns.systolicMmHg,
                columns.diastolicMmHg, Tenths.decimal(columns.weightTenthsKg));
    }

    /** Adds the five payload fields (keys {@link #SYNC_FIELDS}, null where not measured) to {@code fields}. */
    public static void putSyncFields(VitalsColumns columns, Map<String, Object> fields) {
        VitalsColumns c = columns == null ? new VitalsColumns() : columns;
        fields.put("temperature_tenths", c.temperatureTenths);
        fields.put("pulse_bpm", c.pulseBpm);
        fields.put("systolic_mmhg", c.systolicMmHg);
        fields.put("diastolic_mmhg", c.diastolicMmHg);
        fields.put("weight_tenths_kg", c.weightTenthsKg);
    }
}
