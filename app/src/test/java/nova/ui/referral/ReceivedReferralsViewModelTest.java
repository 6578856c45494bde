package nova.ui.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nova.consultation.domain.ReferralUrgency;
import nova.consultation.domain.Vitals;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.ui.session.PatientDirectory;
import nova.ui.session.ReferralDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.UserMessageException;
import org.junit.jupiter.api.Test;

/** The « Orientations reçues » logic without the toolkit, on a desk and a patient directory that record calls. */
class ReceivedReferralsViewModelTest {

    private static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final List<ReceivedReferral> inbox = new ArrayList<>();
    private final List<String> searches = new ArrayList<>();
    private final List<NewPatient> created = new ArrayList<>();
    private final List<PatientSummary> known = new ArrayList<>();

    private final ReferralDesk desk = new ReferralDesk() {
        @Override
        public List<ReceivedReferral> received() {
            return List.copyOf(inbox);
        }

        @Override
        public ReferralDetails open(UUID id) {
            ReceivedReferral seen = with(find(id), ReferralProgress.SEEN, null);
            return new ReferralDetails(seen, false, List.of(), Vitals.NONE);
        }

        @Override
        public ReceivedReferral mark(UUID id, ReferralProgress step) throws UserMessageException {
            ReceivedReferral r = find(id);
            if (r.cancelled()) {
                throw new UserMessageException("Cette orientation a été annulée.");
            }
            // As the service: a step already passed (on another desk) changes nothing.
            return r.progress().compareTo(step) >= 0 ? r : with(r, step, null);
        }

        @Override
        public ReceivedReferral linkPatient(UUID id, UUID patientId) {
            return with(find(id), find(id).progress(), patientId);
        }

        @Override
        public Optional<PatientSummary> patientOf(UUID patientId) {
            return known.stream().filter(p -> p.id().equals(patientId)).findFirst();
        }
    };

    private final PatientDirectory patients = new PatientDirectory() {
        @Override
        public List<PatientSummary> search(String query, int limit) {
            searches.add(query);
            return known.stream().filter(p -> p.fullName().equals(query)
                    || (p.phoneE164() != null && p.phoneE164().endsWith(query))).toList();
        }

        @Override
        public PatientSummary create(NewPatient patient) {
            created.add(patient);
            PatientSummary summary = new PatientSummary(UUID.randomUUID(), patient.lastName(), patient.firstName(),
                    "+22376123456", null, null);
            known.add(summary);
            return summary;
        }
    };

    private final ReceivedReferralsViewModel viewModel = new ReceivedReferralsViewModel(desk, patients,
            new CurrentThreadTaskExecutor(), BAMAKO, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theListCountsWhatNobodyOpenedAndFollowsEachStep() {
        ReceivedReferral awa = referral("TRAORÉ", "Awa", "+22376123456", false);
        ReceivedReferral cancelled = referral("KEÏTA", "Oumar", null, true);
        inbox.addAll(List.of(awa, cancelled));
        viewModel.refresh();
        assertEquals(2, viewModel.linesProperty().get().size());
        assertEquals(1, viewModel.unopenedProperty().get(), "a cancelled referral does not wait for anyone");

        AtomicReference<ReferralDetails> opened = new AtomicReference<>();
        viewModel.open(awa.id(), opened::set);
        assertEquals(ReferralProgress.SEEN, opened.get().referral().progress());
        assertEquals(0, viewModel.unopenedProperty().get(), "opened: the count drops at once");

        viewModel.mark(cancelled.id(), ReferralProgress.RECEIVED);
        assertEquals("Cette orientation a été annulée.", viewModel.errorProperty().get());
        assertEquals("Annulée par l'expéditeur", viewModel.progressText(viewModel.linesProperty().get().get(1)));
        viewModel.mark(awa.id(), ReferralProgress.HANDLED);
        assertEquals("", viewModel.errorProperty().get());
        assertEquals(ReferralProgress.HANDLED, viewModel.linesProperty().get().getFirst().progress());
        assertEquals("", viewModel.noticeProperty().get());
    }

    @Test
    void aListBehindAnotherDeskShowsTheStepReachedThereAndSaysSo() {
        ReceivedReferral awa = referral("TRAORÉ", "Awa", "+22376123456", false);
        inbox.add(awa);
        viewModel.refresh();
        // Another desk handled it meanwhile; this list still shows it new.
        inbox.set(0, with(awa, ReferralProgress.HANDLED, null));
        viewModel.mark(awa.id(), ReferralProgress.RECEIVED);
        assertEquals(ReferralProgress.HANDLED, viewModel.linesProperty().get().getFirst().progress());
        assertEquals("Déjà plus avancée sur un autre poste : « Traitée le 23/11/2026 à 09:00 ». Une orientation ne"
                + " revient pas en arrière.", viewModel.noticeProperty().get());
    }

    @Test
    void thePatientIsLookedForByNameAndPhoneThenCreatedPrefilledAndLinked() {
        ReceivedReferral awa = referral("TRAORÉ", "Awa", "+22376123456", false);
        inbox.add(awa);
        viewModel.refresh();
        PatientSummary sameNumber = new PatientSummary(UUID.randomUUID(), "TRAORE", "Awa", "+22376123456", 2019,
                "Kati");
        known.add(sameNumber);
        AtomicReference<List<PatientSummary>> candidates = new AtomicReference<>();
        viewModel.candidates(awa, candidates::set);
        assertEquals(List.of("TRAORÉ Awa", "76123456"), searches, "the name, then the phone's local digits");
        assertEquals(List.of(sameNumber), candidates.get(), "a namesake written differently, found by phone");

        NewPatient prefilled = viewModel.prefilled(awa);
        assertEquals(new NewPatient("TRAORÉ", "Awa", Sex.FEMALE, null, LocalDate.of(2019, 3, 14), "+22376123456",
                null, null), prefilled);
        AtomicReference<PatientSummary> made = new AtomicReference<>();
        viewModel.createPatient(awa, prefilled, made::set);
        assertEquals(List.of(prefilled), created);
        assertEquals(made.get().id(), viewModel.linesProperty().get().getFirst().localPatientId());

        AtomicReference<Optional<PatientSummary>> linked = new AtomicReference<>();
        viewModel.linkedPatient(viewModel.linesProperty().get().getFirst(), linked::set);
        assertEquals(made.get(), linked.get().orElseThrow(), "« Prendre rendez-vous » books that record");
    }

    @Test
    void textsAreInFrenchInTheClinicsZone() {
        ReceivedReferral awa = referral("TRAORÉ", "Awa", null, false);
        assertEquals("CSCOM de Kalaban · 21/11/2026 · Urgente", viewModel.originText(awa));
        assertEquals("Née le 14/03/2019 (7 ans)", viewModel.birthText(awa));
        assertEquals("Nouvelle", viewModel.progressText(awa));
        ReceivedReferral seen = new ReceivedReferral(awa.id(), awa.fromSite(), awa.referredAt(), awa.practitioner(),
                awa.urgency(), awa.reason(), awa.lastName(), awa.firstName(), awa.sex(), awa.birthDate(),
                awa.birthYear(), awa.phone(), ReferralProgress.RECEIVED, Instant.parse("2026-11-22T23:30:00Z"),
                false, null);
        assertEquals("Reçue le 22/11/2026 à 23:30", viewModel.progressText(seen), "Bamako is on UTC");
        assertNull(awa.localPatientId());
    }

    private ReceivedReferral find(UUID id) {
        return inbox.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private ReceivedReferral with(ReceivedReferral r, ReferralProgress step, UUID patientId) {
        ReceivedReferral next = new ReceivedReferral(r.id(), r.fromSite(), r.referredAt(), r.practitioner(),
                r.urgency(), r.reason(), r.lastName(), r.firstName(), r.sex(), r.birthDate(), r.birthYear(), r.phone(),
                step, NOW, r.cancelled(), patientId == null ? r.localPatientId() : patientId);
        inbox.replaceAll(old -> old.id().equals(r.id()) ? next : old);
        return next;
    }

    private static ReceivedReferral referral(String lastName, String firstName, String phone, boolean cancelled) {
        return new ReceivedReferral(UUID.randomUUID(), "CSCOM de Kalaban", Instant.parse("2026-11-21T10:00:00Z"),
                "Dr Traoré", ReferralUrgency.URGENT, "Paludisme grave", lastName, firstName, "FEMALE",
                LocalDate.of(2019, 3, 14), null, phone, ReferralProgress.NEW, null, cancelled, null);
    }
}
