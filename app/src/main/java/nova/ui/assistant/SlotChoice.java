package nova.ui.assistant;

import nova.agenda.domain.SlotProposal;

/** A proposed free slot with its French line ("jeudi 26 novembre à 10:00 — Fauteuil 1, Dr Amrani"). */
public record SlotChoice(SlotProposal slot, String text) {

    @Override
    public String toString() {
        return text;
    }
}
