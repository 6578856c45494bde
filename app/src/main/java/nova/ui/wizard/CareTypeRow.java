package nova.ui.wizard;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.domain.CareType;

/** One editable care type of the wizard; the code stays as the preset gave it (the assistant relies on it). */
public final class CareTypeRow {

    private final String code;
    private final StringProperty label = new SimpleStringProperty();
    private final IntegerProperty duration = new SimpleIntegerProperty();
    private final StringProperty color = new SimpleStringProperty();

    public CareTypeRow(CareType careType) {
        this.code = careType.code();
        label.set(careType.label());
        duration.set(careType.durationMinutes());
        color.set(careType.colorHex());
    }

    public CareType toCareType() {
        return new CareType(code, label.get().trim(), duration.get(), color.get());
    }

    public String code() { return code; }
    public StringProperty labelProperty() { return label; }
    public IntegerProperty durationProperty() { return duration; }
    public StringProperty colorProperty() { return color; }
}
