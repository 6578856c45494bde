package nova.sync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nova.sync.domain.ReferenceKind;

/**
 * Writes hub payloads into the local tables of synced records. Payload keys are column names (that is how the
 * entities' {@code syncFields()} name them), so a field added to an entity and to its table syncs without code
 * here; keys without a column are ignored. Identity and bookkeeping columns never come from a payload.
 */
public final class RecordRows {

    /**
     * Entity name on the hub → local table: patients, appointments, consultations, referrals between sites and
     * their answers, and the clinic's reference data.
     */
    public static final Map<String, String> TABLES = tables();
    private static final Set<String> NEVER_FROM_PAYLOAD = Set.of("ID", "SITE_ID", "ROW_VERSION", "CREATED_AT",
            "HUB_VERSION");

    private final Map<String, Map<String, String>> columnTypes = new ConcurrentHashMap<>();

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("patient", "PATIENT");
        tables.put("appointment", "APPOINTMENT");
        tables.put("consultation", "CONSULTATION");
        tables.put("referral", "REFERRAL");
        tables.put("referral_status", "REFERRAL_STATUS");
        for (ReferenceKind kind : ReferenceKind.values()) {
            tables.put(kind.entity(), kind.table());
        }
        return java.util.Collections.unmodifiableMap(tables);
    }

    public static boolean synced(String entity) {
        return TABLES.containsKey(entity);
    }

    /** The local hub version of a record; empty when this workstation does not have it. */
    public Optional<Long> hubVersion(Connection c, String entity, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT hub_version FROM " + table(entity) + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Rows the hub has never acknowledged and that no outbox entry describes: written before their kind synced
     * (a store made by an earlier version) or by a writer without an outbox hook. Oldest first.
     */
    public List<UUID> neverQueued(Connection c, String entity) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT t.id FROM " + table(entity) + " t"
                + " WHERE t.hub_version = 0 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = ?"
                + " AND o.entity_id = t.id) ORDER BY t.created_at, t.id")) {
            query.setString(1, entity);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    public void setHubVersion(Connection c, String entity, UUID id, long version) throws SQLException {
        OutboxRows.update(c, "UPDATE " + table(entity) + " SET hub_version = ? WHERE id = ? AND hub_version < ?",
                version, id, version);
    }

    /**
     * Writes a payload into a record (inserting it when new) and records the hub version it corresponds to.
     * {@code siteId} is used only for a new row whose payload names no valid site.
     */
    public void write(Connection c, String entity, UUID id, ObjectNode payload, long hubVersion, UUID fallbackSite)
            throws SQLException {
        String table = table(entity);
        Map<String, String> types = columnTypes(c, table);
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> sqlTypes = new ArrayList<>();
        for (Map.Entry<String, String> column : types.entrySet()) {
            String name = column.getKey();
            if (NEVER_FROM_PAYLOAD.contains(name)) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (!payload.has(key)) {
                continue;
            }
            columns.add(name);
            values.add(convert(payload.get(key), column.getValue()));
            sqlTypes.add(column.getValue());
        }
        StringBuilder update = new StringBuilder("UPDATE " + table + " SET row_version = row_version + 1, hub_version = ?");
        for (String column : columns) {
            update.append(", ").append(column).append(" = ?");
        }
        update.append(" WHERE id = ?");
        try (PreparedStatement statement = c.prepareStatement(update.toString())) {
            int i = 1;
            statement.setLong(i++, hubVersion);
            for (Object value : values) {
                set(statement, i++, value);
            }
            statement.setObject(i, id);
            if (statement.executeUpdate() == 1) {
                return;
            }
        }
        UUID site = parseUuid(payload.path("site_id").asText(null)).orElse(fallbackSite);
        // The payload has no creation instant; its first known update is the closest truthful value.
        int updatedAt = columns.indexOf("UPDATED_AT");
        Object created = updatedAt >= 0 ? values.get(updatedAt) : OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " (id, site_id, row_version, created_at, hub_version");
        StringBuilder marks = new StringBuilder("?, ?, 0, ?, ?");
        for (String column : columns) {
            insert.append(", ").append(column);
            marks.append(", ?");
        }
        insert.append(") VALUES (").append(marks).append(")");
        try (PreparedStatement statement = c.prepareStatement(insert.toString())) {
            int i = 1;
            statement.setObject(i++, id);
            statement.setObject(i++, site);
            set(statement, i++, created);
            statement.setLong(i++, hubVersion);
            for (Object value : values) {
                set(statement, i++, value);
            }
            statement.executeUpdate();
        }
    }

    /** A hub DELETE: the row stays, flagged deleted (rows are never physically deleted, so deletions sync). */
    public void markDeleted(Connection c, String entity, UUID id, long hubVersion) throws SQLException {
        OutboxRows.update(c, "UPDATE " + table(entity) + " SET deleted = TRUE, row_version = row_version + 1,"
                + " hub_version = ? WHERE id = ?", hubVersion, id);
    }

    /** Sets one synced field from its JSON text (a person's choice in the "À résoudre" list). */
    public void setField(Connection c, String entity, UUID id, String field, JsonNode value, Instant now)
            throws SQLException {
        String table = table(entity);
        String column = field.toUpperCase(Locale.ROOT);
        String type = columnTypes(c, table).get(column);
        if (type == null || NEVER_FROM_PAYLOAD.contains(column)) {
            throw new IllegalArgumentException("not a synced column: " + field);
        }
        try (PreparedStatement statement = c.prepareStatement("UPDATE " + table + " SET " + column
                + " = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")) {
            set(statement, 1, convert(value, type));
            statement.setObject(2, now.atOffset(ZoneOffset.UTC));
            statement.setObject(3, id);
            statement.executeUpdate();
        }
    }

    /** The record's synced columns as a JSON object (column names in lower case), for the "À résoudre" list. */
    public Optional<ObjectNode> readPayload(Connection c, String entity, UUID id,
                                            com.fasterxml.jackson.databind.ObjectMapper mapper) throws SQLException {
        String table = table(entity);
        Map<String, String> types = columnTypes(c, table);
        try (PreparedStatement query = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                ObjectNode node = mapper.createObjectNode();
                for (String column : types.keySet()) {
                    if (Set.of("ROW_VERSION", "CREATED_AT", "HUB_VERSION", "ID").contains(column)) {
                        continue;
                    }
                    Object value = rows.getObject(column);
                    String key = column.toLowerCase(Locale.ROOT);
                    if (value == null) {
                        node.putNull(key);
                    } else if (value instanceof Boolean flag) {
                        node.put(key, flag);
                    } else if (value instanceof Number number) {
                        node.put(key, number.longValue());
                    } else if (value instanceof OffsetDateTime time) {
                        node.put(key, time.toInstant().toString());
                    } else {
                        node.put(key, value.toString());
                    }
                }
                return Optional.of(node);
            }
        }
    }

    private Map<String, String> columnTypes(Connection c, String table) throws SQLException {
        Map<String, String> cached = columnTypes.get(table);
        if (cached != null) {
            return cached;
        }
        Map<String, String> types = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'PUBLIC' AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        columnTypes.put(table, Map.copyOf(types));
        return types;
    }

    private static Object convert(JsonNode node, String type) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Null(sqlType(type));
        }
        String text = node.asText();
        return switch (type) {
            case "UUID" -> UUID.fromString(text);
            case "INTEGER", "SMALLINT", "TINYINT" -> node.isNumber() ? node.intValue() : Integer.parseInt(text);
            case "BIGINT" -> node.isNumber() ? node.longValue() : Long.parseLong(text);
            case "BOOLEAN" -> node.isBoolean() ? node.booleanValue() : Boolean.parseBoolean(text);
            case "DATE" -> LocalDate.parse(text);
            case "TIME" -> LocalTime.parse(text);
            case "TIMESTAMP WITH TIME ZONE" -> OffsetDateTime.parse(text);
            case "TIMESTAMP" -> OffsetDateTime.parse(text).toLocalDateTime();
            default -> text;
        };
    }

    private static int sqlType(String type) {
        return switch (type) {
            case "UUID" -> Types.OTHER;
            case "INTEGER", "SMALLINT", "TINYINT" -> Types.INTEGER;
            case "BIGINT" -> Types.BIGINT;
            case "BOOLEAN" -> Types.BOOLEAN;
            case "DATE" -> Types.DATE;
            case "TIME" -> Types.TIME;
            case "TIMESTAMP WITH TIME ZONE" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "TIMESTAMP" -> Types.TIMESTAMP;
            default -> Types.VARCHAR;
        };
    }

    private record Null(int sqlType) {
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Null nothing) {
            statement.setNull(index, nothing.sqlType());
        } else {
            statement.setObject(index, value);
        }
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String table(String entity) {
        String table = TABLES.get(entity);
        if (table == null) {
            throw new IllegalArgumentException("not a synced entity: " + entity);
        }
        return table;
    }
}
