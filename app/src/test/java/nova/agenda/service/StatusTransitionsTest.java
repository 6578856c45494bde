package nova.agenda.service;

import static nova.agenda.domain.AppointmentStatus.ARRIVED;
import static nova.agenda.domain.AppointmentStatus.BOOKED;
import static nova.agenda.domain.AppointmentStatus.CANCELLED;
import static nova.agenda.domain.AppointmentStatus.CONFIRMED;
import static nova.agenda.domain.AppointmentStatus.DONE;
import static nova.agenda.domain.AppointmentStatus.IN_CONSULTATION;
import static nova.agenda.domain.AppointmentStatus.NO_SHOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.StatusChange;

class StatusTransitionsTest {

    private static final Map<AppointmentStatus, Set<AppointmentStatus>> EXPECTED = Map.of(
            BOOKED, Set.of(CONFIRMED, ARRIVED, CANCELLED, NO_SHOW),
            CONFIRMED, Set.of(ARRIVED, CANCELLED, NO_SHOW),
            ARRIVED, Set.of(IN_CONSULTATION, DONE),
            IN_CONSULTATION, Set.of(DONE),
            DONE, Set.of(),
            NO_SHOW, Set.of(),
            CANCELLED, Set.of());

    private final StatusTransitions transitions = new StatusTransitions();

    @Test
    void everyPairIsAllowedOrRefusedAsSpecified() {
        for (AppointmentStatus from : AppointmentStatus.values()) {
            for (AppointmentStatus to : AppointmentStatus.values()) {
                TransitionResult r = transitions.check(from, to, "Le patient a appelé");
                boolean expected = EXPECTED.get(from).contains(to);
                assertEquals(expected, r.allowed(), from + " -> " + to);
                if (expected) {
                    assertEquals(to, r.target());
                    assertNull(r.refusal());
                } else {
                    assertFalse(r.refusal().isBlank(), "a refusal says why: " + from + " -> " + to);
                }
            }
            assertEquals(EXPECTED.get(from), transitions.allowedFrom(from));
        }
    }

    @Test
    void refusalsAreInFrench() {
        assertEquals("Impossible de passer un rendez-vous de « Prévu » à « En consultation ».",
                transitions.check(BOOKED, IN_CONSULTATION, null).refusal());
        assertEquals("Le rendez-vous est déjà « Confirmé ».", transitions.check(CONFIRMED, CONFIRMED, null).refusal());
        assertEquals("Un rendez-vous « Terminé » ne change plus de statut ; en cas d'erreur, utilisez "
                + "« Annuler le dernier statut ».", transitions.check(DONE, ARRIVED, null).refusal());
    }

    @Test
    void cancellingNeedsAReason() {
        assertEquals("Indiquez le motif de l'annulation.", transitions.check(BOOKED, CANCELLED, "  ").refusal());
        assertEquals("Indiquez le motif de l'annulation.", transitions.check(CONFIRMED, CANCELLED, null).refusal());
        assertTrue(transitions.check(CONFIRMED, CANCELLED, "Patient malade").allowed());
        assertTrue(transitions.check(BOOKED, NO_SHOW, null).allowed(), "no reason needed for a no-show");
    }

    @Test
    void frenchLabels() {
        assertEquals(List.of("Prévu", "Confirmé", "Arrivé", "En consultation", "Terminé", "Absent", "Annulé"),
                java.util.Arrays.stream(AppointmentStatus.values()).map(StatusTransitions::label).toList());
    }

    @Test
    void undoReturnsToThePreviousStatusAndCanBeRepeated() {
        List<StatusChange> history = new ArrayList<>();
        history.add(StatusChange.booked(Instant.parse("2026-03-01T08:00:00Z"), "accueil"));
        history.add(change(BOOKED, CONFIRMED));
        history.add(change(CONFIRMED, ARRIVED));
        history.add(change(ARRIVED, DONE));

        TransitionResult undo = transitions.checkUndo(DONE, history);
        assertTrue(undo.allowed());
        assertEquals(ARRIVED, undo.target());
        history.add(new StatusChange(DONE, ARRIVED, Instant.now(), "accueil", null, true));

        undo = transitions.checkUndo(ARRIVED, history);
        assertEquals(CONFIRMED, undo.target(), "a second undo goes one step further back");
        history.add(new StatusChange(ARRIVED, CONFIRMED, Instant.now(), "accueil", null, true));

        undo = transitions.checkUndo(CONFIRMED, history);
        assertEquals(BOOKED, undo.target());
        history.add(new StatusChange(CONFIRMED, BOOKED, Instant.now(), "accueil", null, true));

        undo = transitions.checkUndo(BOOKED, history);
        assertFalse(undo.allowed(), "the booking itself cannot be undone");
        assertEquals("Il n'y a aucun changement de statut à annuler.", undo.refusal());
    }

    @Test
    void undoOfAWrongCancellationOrNoShow() {
        List<StatusChange> history = List.of(StatusChange.booked(Instant.EPOCH, "accueil"),
                new StatusChange(BOOKED, NO_SHOW, Instant.EPOCH, "accueil", null, false));
        assertEquals(BOOKED, transitions.checkUndo(NO_SHOW, history).target());
        List<StatusChange> cancelled = List.of(StatusChange.booked(Instant.EPOCH, "accueil"),
                change(BOOKED, CONFIRMED), new StatusChange(CONFIRMED, CANCELLED, Instant.EPOCH, "accueil",
                        "Erreur de saisie", false));
        assertEquals(CONFIRMED, transitions.checkUndo(CANCELLED, cancelled).target());
    }

    @Test
    void undoRefusesAHistoryThatDoesNotMatchTheStatus() {
        List<StatusChange> history = List.of(StatusChange.booked(Instant.EPOCH, "accueil"), change(BOOKED, CONFIRMED));
        TransitionResult r = transitions.checkUndo(ARRIVED, history);
        assertFalse(r.allowed());
        assertTrue(r.refusal().contains("« Arrivé »"), r.refusal());
        assertFalse(transitions.checkUndo(BOOKED, List.of()).allowed());
    }

    private static StatusChange change(AppointmentStatus from, AppointmentStatus to) {
        return new StatusChange(from, to, Instant.EPOCH, "accueil", null, false);
    }
}
