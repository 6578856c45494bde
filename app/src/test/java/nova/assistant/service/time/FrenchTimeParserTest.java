package nova.assistant.service.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import nova.assistant.bench.DucklingScore;
import org.junit.jupiter.api.Test;

class FrenchTimeParserTest {

    private static final ZonedDateTime REF = OffsetDateTime.parse("2013-02-12T04:30:00-02:00")
            .atZoneSameInstant(ZoneId.of("-02:00"));

    private final FrenchTimeParser parser = new FrenchTimeParser();

    @Test
    void ducklingFrenchCorpusIsAtLeastNinetyPercentExact() {
        DucklingScore.Result result = DucklingScore.run();
        String failures = result.failures().stream().map(f -> f.id() + " " + f.text() + " -> " + f.actual())
                .collect(Collectors.joining("\n"));
        assertEquals(469, result.total());
        assertTrue(result.score() >= 0.90, "score " + result.score() + "\n" + failures);
    }

    @Test
    void plainMeaningsOfTheContract() {
        assertEquals(new TimeReference("instant", "day", "2013-02-13T00:00:00-02:00", "2013-02-14T00:00:00-02:00"),
                parser.when("demain", REF));
        assertEquals(new TimeReference("instant", "hour", "2013-02-12T15:00:00-02:00", "2013-02-12T16:00:00-02:00"),
                parser.when("à 15h", REF));
        assertEquals(new TimeReference("interval", "hour", "2013-02-13T04:00:00-02:00", "2013-02-13T12:00:00-02:00"),
                parser.when("demain matin", REF));
        assertEquals(new TimeReference("after", "hour", "2013-02-14T16:00:00-02:00", null),
                parser.when("après 16h jeudi", REF));
        assertEquals(TimeReference.NONE, parser.when("Ana a un court de tennis", REF));
    }

    @Test
    void findsTheTimeInsideASentence() {
        TimeReading reading = parser.read("Bonjour, RDV jeudi à 10h pour Mme Amrani svp", REF);
        assertEquals("2013-02-14T10:00", reading.at().toString());
        assertTrue(reading.dayNamed());
    }

    @Test
    void impossibleDatesAreNotTimes() {
        assertEquals(TimeReference.NONE, parser.when("le 31/02", REF));
        assertEquals(TimeReference.NONE, parser.when("à 27h", REF));
        // Years no agenda means: before 1910 the zones' offsets were local mean time, which ISO minutes cannot carry.
        assertEquals(TimeReference.NONE, parser.when("en 1510", REF));
        assertEquals(TimeReference.NONE, parser.when("le 3 mars 1510", REF));
    }
}
