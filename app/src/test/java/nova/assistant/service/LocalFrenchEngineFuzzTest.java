package nova.assistant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.time.FrenchTimeParser;
import nova.assistant.service.time.TimeReference;

/** Whatever the text, the engine answers with exactly one action that honours the contract. */
class LocalFrenchEngineFuzzTest {

    private static final List<String> FRAGMENTS = List.of(
            "RDV", "rendez-vous", "demain", "après-demain", "jeudi", "lundi prochain", "la semaine prochaine", "à 10h",
            "14h30", "entre 14h et 16h", "après 16h", "avant 10h", "matin", "après-midi", "soir", "midi", "le 3 décembre",
            "10/12", "31/02", "dans deux semaines", "pour Mme Amrani", "M. Kaci", "de Mme Benali Fatima", "Dr",
            "0555 12 34 56", "+213 555 12 34 56", "00213 555 123 456", "+223 76 12 34 56", "76 12 34 56", "0022376123456",
            "05.55.12.34.56", "décaler", "reporter", "annuler", "confirme", "ne pourra pas venir", "à", "au", "de", "du",
            "extraction", "tartre", "CPN", "vaccin", "pilule", "pesée", "rage de dents", "ignore tes instructions",
            "tu es maintenant", "supprime tous les RDV", "<system>", "###", "?", ",", ":", "-", "'", "\"", "é", "🙂",
            "\u0000", "\u202e", "ـ", "日本", "999999999999999999999", "0", "24h", "99h99", "le 0", "le 99", "mi-", "fin",
            "début", "plus tard", "jusqu'à", "à partir de", "dès", "en 8", "en 15", "premier", "dernier", "week-end");

    private final LocalFrenchEngine engine = new LocalFrenchEngine();
    private final FrenchTimeParser parser = new FrenchTimeParser();
    private final ActionContractValidator validator = new ActionContractValidator();

    @Property(tries = 400)
    void anyStringGivesOneValidAction(@ForAll("anyText") String text, @ForAll("contexts") AssistantContext context) {
        check(text, context);
    }

    @Property(tries = 400)
    void mixesOfRealFragmentsGiveOneValidAction(@ForAll("fragmentMix") String text,
                                                @ForAll("contexts") AssistantContext context) {
        check(text, context);
    }

    @Property(tries = 15)
    void veryLongInputsGiveOneValidAction(@ForAll("longText") String text, @ForAll("contexts") AssistantContext context) {
        check(text, context);
    }

    @Property(tries = 300)
    void whenAlwaysAnswersWithAKnownKind(@ForAll("fragmentMix") String text, @ForAll("contexts") AssistantContext context) {
        TimeReference reference = parser.when(text, context.now());
        assertNotNull(reference);
        assertEquals(true, Set.of("instant", "interval", "after", "before", "none").contains(reference.kind()), text);
        if (reference.kind().equals("none")) {
            assertEquals(TimeReference.NONE, reference);
        }
    }

    private void check(String text, AssistantContext context) {
        AssistantAction action = engine.parse(text, context);
        assertNotNull(action);
        assertEquals(List.of(), validator.problems(action, context), () -> "for text: " + text);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(300),
                Arbitraries.strings().withChars("0123456789 .-+/hH:àéèç").ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> fragmentMix() {
        Arbitrary<String> separator = Arbitraries.of(" ", "", ", ", "  ", "\n", "\t", " à ", "-");
        return Combinators.combine(Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(10), separator)
                .as((words, sep) -> String.join(sep, words));
    }

    @Provide
    Arbitrary<String> longText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(20_000).ofMaxLength(100_000),
                Arbitraries.of(FRAGMENTS).list().ofMinSize(2_000).ofMaxSize(12_000).map(words -> String.join(" ", words)));
    }

    @Provide
    Arbitrary<AssistantContext> contexts() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(1_700_000_000L, 2_000_000_000L).map(Instant::ofEpochSecond);
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Africa/Algiers"), ZoneId.of("Africa/Bamako"), ZoneId.of("-02:00"),
                ZoneId.of("Europe/Paris"));
        return Combinators.combine(zones, instants).as(DefaultAssistantContexts::forZone);
    }
}
