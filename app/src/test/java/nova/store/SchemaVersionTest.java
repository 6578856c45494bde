package nova.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Login skips Flyway when the store is at SCHEMA_VERSION: that constant must follow the migration files. */
class SchemaVersionTest {

    @Test
    void theSchemaVersionIsTheHighestMigration() throws Exception {
        Path migrations = Path.of(SchemaVersionTest.class.getResource("/db/migration/V1__initial_schema.sql").toURI())
                .getParent();
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertEquals(highest, Database.SCHEMA_VERSION, "raise Database.SCHEMA_VERSION with each new migration");
    }
}
