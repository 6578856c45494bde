package nova.agenda.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;

/**
 * Who is busy when: appointments that hold time (see {@code AppointmentStatus.occupiesTime()}) indexed by chair,
 * by practitioner and by patient, and blockouts indexed by resource or by the whole clinic. Built once from the
 * store, then kept current with {@link #put(AppointmentView)}, {@link #put(Blockout)} and {@link #remove(UUID)}
 * as appointments change. Thread-safe: the UI reads while a sync applies changes; the slot finder and the
 * booking rules hold the index's monitor for a whole search or check, so they see one consistent state.
 */
public final class BusyIndex {

    private final Map<UUID, IntervalList> appointmentsByResource = new HashMap<>();
    private final Map<UUID, IntervalList> appointmentsByPatient = new HashMap<>();
    private final Map<UUID, IntervalList> blockoutsByResource = new HashMap<>();
    private final IntervalList clinicBlockouts = new IntervalList();
    private final Map<UUID, BusyEntry> byId = new HashMap<>();

    public BusyIndex() {
    }

    public static BusyIndex of(Collection<AppointmentView> appointments, Collection<Blockout> blockouts) {
        BusyIndex index = new BusyIndex();
        // In start order every insert appends, instead of shifting the arrays.
        appointments.stream().filter(a -> a.start() != null)
                .sorted(Comparator.comparing(AppointmentView::start)).forEach(index::put);
        blockouts.stream().sorted(Comparator.comparing(Blockout::start)).forEach(index::put);
        return index;
    }

    /** Adds or replaces an appointment; one that no longer holds time (cancelled, no-show) is simply removed. */
    public synchronized void put(AppointmentView appointment) {
        remove(appointment.id());
        if (appointment.status() != null && !appointment.status().occupiesTime()) {
            return;
        }
        if (appointment.start() == null || appointment.end() == null
                || !appointment.end().isAfter(appointment.start())) {
            return;
        }
        BusyEntry e = BusyEntry.of(appointment);
        byId.put(e.id(), e);
        if (appointment.chairId() != null) {
            appointmentsByResource.computeIfAbsent(appointment.chairId(), k -> new IntervalList()).add(e);
        }
        if (appointment.practitionerId() != null
                && !appointment.practitionerId().equals(appointment.chairId())) {
            appointmentsByResource.computeIfAbsent(appointment.practitionerId(), k -> new IntervalList()).add(e);
        }
        if (appointment.patientId() != null) {
            appointmentsByPatient.computeIfAbsent(appointment.patientId(), k -> new IntervalList(2)).add(e);
        }
    }

    /** Adds or replaces a blockout. */
    public synchronized void put(Blockout blockout) {
        remove(blockout.id());
        BusyEntry e = BusyEntry.of(blockout);
        byId.put(e.id(), e);
        if (blockout.wholeClinic()) {
            clinicBlockouts.add(e);
        } else {
            blockoutsByResource.computeIfAbsent(blockout.resourceId(), k -> new IntervalList()).add(e);
        }
    }

    /** Removes an appointment or a blockout; false if the id was not indexed. */
    public synchronized boolean remove(UUID id) {
        BusyEntry e = byId.remove(id);
        if (e == null) {
            return false;
        }
        if (e.isBlockout()) {
            if (e.blockout().wholeClinic()) {
                clinicBlockouts.remove(e);
            } else {
                removeFrom(blockoutsByResource, e.blockout().resourceId(), e);
            }
        } else {
            AppointmentView a = e.appointment();
            removeFrom(appointmentsByResource, a.chairId(), e);
            if (a.practitionerId() != null && !a.practitionerId().equals(a.chairId())) {
                removeFrom(appointmentsByResource, a.practitionerId(), e);
            }
            removeFrom(appointmentsByPatient, a.patientId(), e);
        }
        return true;
    }

    public synchronized int size() {
        return byId.size();
    }

    /** Appointments holding this chair or practitioner during [from, to), by start. */
    public synchronized List<BusyEntry> appointmentsOverlapping(UUID resourceId, Instant from, Instant to) {
        return collect(appointmentsByResource.get(resourceId), from, to);
    }

    /** Blockouts of this resource (not the clinic-wide ones) during [from, to), by start. */
    public synchronized List<BusyEntry> blockoutsOverlapping(UUID resourceId, Instant from, Instant to) {
        return collect(blockoutsByResource.get(resourceId), from, to);
    }

    /** Clinic-wide blockouts during [from, to), by start. */
    public synchronized List<BusyEntry> clinicBlockoutsOverlapping(Instant from, Instant to) {
        return collect(clinicBlockouts, from, to);
    }

    /** A patient's appointments holding time during [from, to), by start. */
    public synchronized List<BusyEntry> patientAppointments(UUID patientId, Instant from, Instant to) {
        return collect(appointmentsByPatient.get(patientId), from, to);
    }

    /**
     * Everything that holds this resource during [from, to) (its appointments and blockouts, clinic-wide
     * blockouts), merged into sorted disjoint [start, end) pairs; a null resource means clinic-wide blockouts only.
     */
    synchronized long[] busyUnion(UUID resourceId, long from, long to) {
        LongPairs pairs = new LongPairs();
        clinicBlockouts.collectIntervals(from, to, pairs);
        if (resourceId != null) {
            IntervalList a = appointmentsByResource.get(resourceId);
            if (a != null) {
                a.collectIntervals(from, to, pairs);
            }
            IntervalList b = blockoutsByResource.get(resourceId);
            if (b != null) {
                b.collectIntervals(from, to, pairs);
            }
        }
        return pairs.sortedUnion();
    }

    private static List<BusyEntry> collect(IntervalList list, Instant from, Instant to) {
        List<BusyEntry> out = new ArrayList<>();
        if (list != null) {
            list.collectOverlapping(from.getEpochSecond(), to.getEpochSecond(), out);
        }
        out.sort(Comparator.comparingLong(BusyEntry::startSecond));
        return out;
    }

    private static void removeFrom(Map<UUID, IntervalList> map, UUID key, BusyEntry e) {
        if (key == null) {
            return;
        }
        IntervalList list = map.get(key);
        if (list != null) {
            list.remove(e);
            if (list.size() == 0) {
                map.remove(key);
            }
        }
    }
}
