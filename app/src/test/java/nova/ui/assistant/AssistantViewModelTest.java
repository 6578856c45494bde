package nova.ui.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assistant bar's view model on a real encrypted demo store (Algiers), the local engine answering, with the
 * clock on Sunday 22 November 2026 at 09:00: each action gives its French card, and nothing is written before the
 * receptionist confirms.
 */
class AssistantViewModelTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ALGIERS);

    @TempDir
    Path dir;

    private Workstation workstation;
    private WorkstationDesk desk;
    private AssistantViewModel viewModel;
    private final List<BookingPrefill> handedOver = new ArrayList<>();
    private final AtomicInteger agendaReloads = new AtomicInteger();

    @BeforeEach
    void openDemoStore() throws Exception {
        Clock clock = Clock.fixed(NOW.toInstant(), ALGIERS);
        TestStores.create(dir, "cabinet-alger", true, clock);
        workstation = TestStores.login(dir, clock);
        desk = new WorkstationDesk(workstation);
        viewModel = new AssistantViewModel(desk.clinic(), desk, desk, desk, new CurrentThreadTaskExecutor(),
                new Messages(), clock, handedOver::add, agendaReloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aPreciseBookingShowsItsCardAndOpensTheDialogFilledInWithoutWriting() {
        int before = appointmentCount();
        ask("RDV jeudi à 10h pour Mme Amrani 0555 12 34 56");

        PreviewCard card = viewModel.cardProperty().get();
        assertEquals(AssistantStep.PREVIEW, viewModel.getStep());
        assertEquals("Prendre un rendez-vous", card.title());
        assertTrue(card.text().contains("0555 12 34 56"), card.text());
        assertTrue(card.text().toLowerCase().contains("amrani"), card.text());
        assertTrue(card.text().contains("Quand : jeudi 26 novembre à 10:00"), card.text());
        assertEquals("Réponse : moteur local", card.engine());
        assertTrue(card.actionable());
        assertEquals(before, appointmentCount(), "the preview writes nothing");

        viewModel.proceed();
        assertEquals(1, handedOver.size());
        BookingPrefill prefill = handedOver.getFirst();
        assertEquals(LocalDate.of(2026, 11, 26), prefill.date());
        assertEquals(LocalTime.of(10, 0), prefill.time());
        assertTrue(prefill.patientSearch().toLowerCase().contains("amrani"), prefill.patientSearch());
        assertEquals("0555 12 34 56", prefill.patientPhone(), "ready for « Nouveau patient » if not on file");
        assertEquals(before, appointmentCount(), "the dialog, not the assistant, books");
        assertEquals(AssistantStep.IDLE, viewModel.getStep());
    }

    @Test
    void aPreciseBookingAtAFreeTimeAlsoProposesAFreeChairAndPractitioner() {
        cancelAll(workstation.agenda().day(LocalDate.of(2026, 11, 26)));
        ask("RDV jeudi à 10h pour Mme Amrani 0555 12 34 56");
        viewModel.proceed();
        BookingPrefill prefill = handedOver.getFirst();
        assertNotNull(prefill.chair(), "Thursday is empty: a chair is free at 10:00");
        assertNotNull(prefill.practitioner());
        assertEquals(LocalTime.of(10, 0), prefill.time());
    }

    @Test
    void findSlotsListsFreeMorningSlotsOfTheCareTypeAndPickingOneFillsTheDialog() {
        int before = appointmentCount();
        ask("RDV demain matin pour un détartrage, M. Benali 0555 12 34 56");
        PreviewCard card = viewModel.cardProperty().get();
        assertEquals("Chercher des créneaux", card.title());
        assertTrue(card.text().contains("Soin : Détartrage"), card.text());
        assertTrue(card.text().contains("lundi 23 novembre"), card.text());

        viewModel.proceed();
        assertEquals(AssistantStep.SLOTS, viewModel.getStep());
        assertFalse(viewModel.getSlots().isEmpty(), "Monday morning has free chairs");
        int duration = workstation.clinic().careTypes().stream().filter(c -> c.code().equals("detartrage"))
                .findFirst().orElseThrow().durationMinutes();
        for (SlotChoice slot : viewModel.getSlots()) {
            assertEquals(LocalDate.of(2026, 11, 23), slot.slot().start().toLocalDate());
            assertTrue(slot.slot().start().toLocalTime().isBefore(LocalTime.NOON), slot.text());
            assertEquals(duration, java.time.Duration.between(slot.slot().start(), slot.slot().end()).toMinutes());
            assertTrue(slot.text().startsWith("lundi 23 novembre à "), slot.text());
        }
        assertEquals(before, appointmentCount());

        SlotChoice chosen = viewModel.getSlots().getLast();
        viewModel.selectedSlotProperty().set(chosen);
        viewModel.pickSlot();
        BookingPrefill prefill = handedOver.getFirst();
        assertEquals(chosen.slot().start().toLocalTime(), prefill.time());
        assertEquals(chosen.slot().chairId(), prefill.chair().id());
        assertEquals("detartrage", prefill.careType().code());
        assertEquals(before, appointmentCount());
    }

    @Test
    void needInfoShowsTheQuestionAndCannotContinue() {
        ask("RDV jeudi à 10h");
        PreviewCard card = viewModel.cardProperty().get();
        assertEquals("Il manque une information", card.title());
        assertNotNull(card.question());
        assertFalse(card.question().isBlank());
        assertFalse(card.actionable());
        viewModel.proceed();
        assertEquals(AssistantStep.PREVIEW, viewModel.getStep());
        assertTrue(handedOver.isEmpty());
    }

    @Test
    void cancelFindsTheAppointmentAsksAndOnlyThenCancelsWithTheReason() throws Exception {
        AppointmentView booked = bookAmraniThursdayAt10();
        ask("Mme Amrani annule son RDV de jeudi 10h");
        assertEquals("Annuler un rendez-vous", viewModel.cardProperty().get().title());
        assertTrue(viewModel.cardProperty().get().text().contains("jeudi 26 novembre à 10:00"),
                viewModel.cardProperty().get().text());

        viewModel.proceed();
        assertEquals(AssistantStep.CHANGE, viewModel.getStep());
        assertEquals(booked.id(), viewModel.selectedTargetProperty().get().appointment().id());
        assertTrue(viewModel.changeQuestionProperty().get().startsWith("Annuler le rendez-vous de"),
                viewModel.changeQuestionProperty().get());
        assertEquals("Annulé par téléphone", viewModel.reasonProperty().get());
        assertEquals(AppointmentStatus.BOOKED, status(booked), "asked, not yet cancelled");

        viewModel.confirmChange();
        assertEquals(AppointmentStatus.CANCELLED, status(booked));
        assertEquals(AssistantStep.DONE, viewModel.getStep());
        assertTrue(viewModel.statusProperty().get().contains("annulé"), viewModel.statusProperty().get());
        assertEquals(1, agendaReloads.get());
    }

    @Test
    void confirmationMarksTheAppointmentConfirmedAfterTheYes() throws Exception {
        AppointmentView booked = bookAmraniThursdayAt10();
        ask("Mme Amrani confirme son RDV de jeudi");
        assertEquals("Confirmer un rendez-vous", viewModel.cardProperty().get().title());
        viewModel.proceed();
        assertEquals(booked.id(), viewModel.selectedTargetProperty().get().appointment().id());
        assertEquals(AppointmentStatus.BOOKED, status(booked));
        viewModel.confirmChange();
        assertEquals(AppointmentStatus.CONFIRMED, status(booked));
    }

    @Test
    void rescheduleProposesTheNewSlotAndMovesOnlyAfterTheYes() throws Exception {
        AppointmentView booked = bookAmraniThursdayAt10();
        ask("Décaler le RDV de Mme Amrani de jeudi 10h à mercredi 11h");
        PreviewCard card = viewModel.cardProperty().get();
        assertEquals("Déplacer un rendez-vous", card.title());
        assertTrue(card.text().contains("Nouvel horaire : mercredi 25 novembre à 11:00"), card.text());
        viewModel.proceed();
        assertEquals(AssistantStep.CHANGE, viewModel.getStep());
        assertFalse(viewModel.getSlots().isEmpty());
        SlotChoice slot = viewModel.selectedSlotProperty().get();
        assertEquals(LocalTime.of(11, 0), slot.slot().start().toLocalTime());
        assertEquals(booked.start(), workstation.agenda().find(booked.id()).orElseThrow().start(), "not moved yet");

        viewModel.confirmChange();
        AppointmentView moved = workstation.agenda().find(booked.id()).orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 11, 25, 11, 0, 0, 0, ALGIERS).toInstant(), moved.start().toInstant());
        assertEquals(AssistantStep.DONE, viewModel.getStep());
    }

    @Test
    void aCancelWithoutAnyMatchingAppointmentSaysSoAndWritesNothing() {
        amraniWithoutAppointments();
        ask("Mme Amrani annule son RDV de jeudi 10h");
        viewModel.proceed();
        assertEquals(AssistantStep.PREVIEW, viewModel.getStep());
        assertTrue(viewModel.errorProperty().get().startsWith("Aucun rendez-vous"), viewModel.errorProperty().get());
        assertNull(viewModel.selectedTargetProperty().get());
    }

    private void ask(String text) {
        viewModel.textProperty().set(text);
        viewModel.ask();
        assertEquals("", viewModel.errorProperty().get());
    }

    /** The demo store's own appointments of Amrani are cancelled, so the request can only be about ours. */
    private PatientSummary amraniWithoutAppointments() {
        PatientSummary amrani = workstation.patients().search("Amrani", 5).getFirst();
        cancelAll(workstation.agenda().forPatient(amrani.id()));
        return amrani;
    }

    private void cancelAll(List<AppointmentView> appointments) {
        for (AppointmentView existing : appointments) {
            if (existing.status() == AppointmentStatus.BOOKED || existing.status() == AppointmentStatus.CONFIRMED) {
                workstation.agenda().changeStatus(existing.id(), AppointmentStatus.CANCELLED, "test");
            }
        }
    }

    private AppointmentView bookAmraniThursdayAt10() {
        PatientSummary amrani = amraniWithoutAppointments();
        Chair chair = workstation.clinic().chairs().getFirst();
        Practitioner practitioner = workstation.clinic().practitioners().getFirst();
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ALGIERS);
        cancelAll(workstation.agenda().day(start.toLocalDate()));
        cancelAll(workstation.agenda().day(LocalDate.of(2026, 11, 25)));
        return workstation.agenda().book(new BookingRequest(amrani.id(), "consultation", practitioner.id(),
                chair.id(), start, 0, null, "test"));
    }

    private AppointmentStatus status(AppointmentView appointment) {
        return workstation.agenda().find(appointment.id()).orElseThrow().status();
    }

    private int appointmentCount() {
        return workstation.agenda().range(NOW.toLocalDate().minusDays(30), NOW.toLocalDate().plusDays(60)).size();
    }
}
