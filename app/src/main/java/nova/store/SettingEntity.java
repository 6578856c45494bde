package nova.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workstation setting (assistant, hub connection…), stored inside the encrypted database. */
@Entity
@Table(name = "setting")
public class SettingEntity {

    @Id
    @Column(name = "setting_name")
    private String name;
    @Column(name = "setting_value")
    private String value;

    protected SettingEntity() {
    }

    public SettingEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
