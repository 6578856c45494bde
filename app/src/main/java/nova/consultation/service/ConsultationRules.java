package nova.consultation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nova.common.ValidationException;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.Vitals;

/**
 * Checks a consultation form and returns it tidied (text stripped, blanks as null, empty lines dropped, ICD-10
 * codes in capitals, decimals to one place). Limits are those of a plausible living patient, so that a typing
 * slip (378 for 37,8) is caught while the doctor is still in front of the form.
 */
final class ConsultationRules {

    static final int MAX_LINES = 20;
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private ConsultationRules() {
    }

    static ConsultationDraft checked(ConsultationDraft draft, Instant now) {
        if (draft.patientId() == null) {
            throw new ValidationException("Choisissez le patient de la consultation.");
        }
        Instant seenAt = draft.seenAt() == null ? now : draft.seenAt();
        if (seenAt.isAfter(now.plus(CLOCK_SLACK))) {
            throw new ValidationException("La date de la consultation ne peut pas être dans le futur.");
        }
        String reason = text(draft.reason(), 500, "Le motif");
        if (reason == null) {
            throw new ValidationException("Le motif de la consultation est obligatoire.");
        }
        return new ConsultationDraft(draft.id(), draft.patientId(), draft.appointmentId(), draft.practitionerId(),
                seenAt, reason, vitals(draft.vitals()), text(draft.examination(), 4000, "L'examen"),
                diagnoses(draft.diagnoses()), procedures(draft.procedures()),
                prescriptions(draft.prescriptions()), referral(draft.referral()));
    }

    private static Vitals vitals(Vitals v) {
        BigDecimal temperature = oneDecimal(v.temperatureC());
        if (temperature != null && !within(temperature, "30", "45")) {
            throw new ValidationException("La température doit être comprise entre 30 et 45 °C (valeur saisie : "
                    + french(temperature) + " °C).");
        }
        if (v.pulseBpm() != null && (v.pulseBpm() < 20 || v.pulseBpm() > 250)) {
            throw new ValidationException("Le pouls doit être compris entre 20 et 250 battements par minute "
                    + "(valeur saisie : " + v.pulseBpm() + ").");
        }
        if ((v.systolicMmHg() == null) != (v.diastolicMmHg() == null)) {
            throw new ValidationException("Indiquez les deux chiffres de la tension artérielle (systolique et "
                    + "diastolique), par exemple 120/80.");
        }
        if (v.systolicMmHg() != null) {
            if (v.systolicMmHg() < 50 || v.systolicMmHg() > 300) {
                throw new ValidationException("La tension systolique doit être comprise entre 50 et 300 mmHg.");
            }
            if (v.diastolicMmHg() < 20 || v.diastolicMmHg() > 200) {
                throw new ValidationException("La tension diastolique doit être comprise entre 20 et 200 mmHg.");
            }
            if (v.diastolicMmHg() >= v.systolicMmHg()) {
                throw new ValidationException("La tension diastolique doit être inférieure à la systolique "
                        + "(exemple : 120/80).");
            }
        }
        BigDecimal weight = oneDecimal(v.weightKg());
        if (weight != null && !within(weight, "0.3", "350")) {
            throw new ValidationException("Le poids doit être compris entre 0,3 et 350 kg (valeur saisie : "
                    + french(weight) + " kg).");
        }
        return new Vitals(temperature, v.pulseBpm(), v.systolicMmHg(), v.diastolicMmHg(), weight);
    }

    private static List<Diagnosis> diagnoses(List<Diagnosis> lines) {
        List<Diagnosis> kept = new ArrayList<>();
        for (Diagnosis line : lines) {
            String code = text(line.icd10Code(), 10, "Le code CIM-10");
            String label = text(line.label(), 300, "Le libellé du diagnostic");
            if (code == null && label == null) {
                continue;
            }
            if (code != null) {
                code = code.toUpperCase(Locale.ROOT).replace(',', '.');
                if (!ICD10.matcher(code).matches()) {
                    throw new ValidationException("Le code CIM-10 « " + code + " » n'est pas valide (exemples : "
                            + "K02.1, B54).");
                }
            }
            if (label == null) {
                throw new ValidationException("Donnez un libellé au diagnostic " + code + ".");
            }
            kept.add(new Diagnosis(code, label));
        }
        return limited(kept, "diagnostics");
    }

    private static List<Procedure> procedures(List<Procedure> lines) {
        List<Procedure> kept = new ArrayList<>();
        for (Procedure line : lines) {
            String act = text(line.act(), 200, "L'acte");
            String site = text(line.site(), 100, "La dent ou la localisation");
            if (act == null && site == null) {
                continue;
            }
            if (act == null) {
                throw new ValidationException("Indiquez l'acte réalisé (localisation : " + site + ").");
            }
            kept.add(new Procedure(act, site));
        }
        return limited(kept, "actes");
    }

    private static List<Prescription> prescriptions(List<Prescription> lines) {
        List<Prescription> kept = new ArrayList<>();
        for (Prescription line : lines) {
            String medication = text(line.medication(), 200, "Le médicament");
            String dosage = text(line.dosage(), 300, "La posologie");
            if (medication == null && dosage == null && line.durationDays() == null) {
                continue;
            }
            if (medication == null) {
                throw new ValidationException("Indiquez le médicament de chaque ligne de l'ordonnance.");
            }
            if (dosage == null) {
                throw new ValidationException("Indiquez la posologie de « " + medication + " ».");
            }
            if (line.durationDays() != null && (line.durationDays() < 1 || line.durationDays() > 365)) {
                throw new ValidationException("La durée de « " + medication + " » doit être comprise entre 1 et "
                        + "365 jours.");
            }
            kept.add(new Prescription(medication, dosage, line.durationDays()));
        }
        return limited(kept, "lignes d'ordonnance");
    }

    private static Referral referral(Referral referral) {
        if (referral == null) {
            return null;
        }
        String destination = text(referral.destination(), 200, "La destination");
        String reason = text(referral.reason(), 1000, "La raison de la référence");
        if (destination == null && reason == null) {
            return null;
        }
        if (destination == null) {
            throw new ValidationException("Indiquez où le patient est référé (CSRéf, hôpital, spécialiste…).");
        }
        if (reason == null) {
            throw new ValidationException("Indiquez la raison de la référence vers " + destination + ".");
        }
        return new Referral(destination, reason,
                referral.status() == null ? ReferralStatus.TO_ARRANGE : referral.status(), referral.urgency(),
                referral.targetSiteId(), referral.referralId());
    }

    private static <T> List<T> limited(List<T> lines, String what) {
        if (lines.size() > MAX_LINES) {
            throw new ValidationException("Une consultation compte au plus " + MAX_LINES + " " + what + ".");
        }
        return lines;
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ValidationException(what + " dépasse " + max + " caractères.");
        }
        return stripped;
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static boolean within(BigDecimal value, String min, String max) {
        return value.compareTo(new BigDecimal(min)) >= 0 && value.compareTo(new BigDecimal(max)) <= 0;
    }

    private static String french(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
