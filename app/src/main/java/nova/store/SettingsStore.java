package nova.store;

import java.util.Optional;

/**
 * Named settings kept inside the encrypted database, so secrets such as the Claude API key or hub credentials are
 * encrypted at rest like patient data and never written to a plain configuration file.
 */
public final class SettingsStore {

    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return database.inTransaction(session -> Optional.ofNullable(session.find(SettingEntity.class, name))
                .map(SettingEntity::getValue));
    }

    public void put(String name, String value) {
        database.runInTransaction(session -> {
            SettingEntity existing = session.find(SettingEntity.class, name);
            if (existing == null) {
                session.persist(new SettingEntity(name, value));
            } else {
                existing.setValue(value);
            }
        });
    }
}
