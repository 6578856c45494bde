package nova.assistant.service;

import java.util.regex.Pattern;

/**
 * Recognises text that tries to instruct the assistant instead of describing a request ("ignore tes
 * instructions", "tu es maintenant...", a fake system prompt) or that asks for a bulk destructive change
 * ("supprime tous les RDV"). Such text must end as NEED_INFO, never as an action. Works on folded text.
 */
final class InstructionGuard {

    private static final Pattern INSTRUCTIONS = Pattern.compile(String.join("|",
            "\\b(?:ignore|ignorez|oublie|oubliez|neglige)(?:r)? (?:\\w+ ){0,3}(?:instructions?|consignes?|regles?|directives?|ordres?|ce qui precede|tout)",
            "\\b(?:tes|vos|les|ses) (?:instructions|consignes) (?:precedentes|initiales|systeme)",
            "\\btu (?:es|seras|deviens) (?:maintenant|desormais|dorenavant|a present)",
            "\\bvous etes (?:maintenant|desormais|dorenavant)",
            "\\btu n'es plus\\b", "\\ba partir de maintenant,? (?:tu|vous)\\b", "\\bagis comme\\b", "\\bagissez comme\\b",
            "\\bfais comme si\\b", "\\bjoue(?:z)? le role\\b", "\\bprompt\\b", "\\bsystem\\b", "\\bsysteme ?:",
            "\\bmode (?:developpeur|admin|administrateur|debug|dieu)\\b", "\\bjailbreak\\b", "\\bdan\\b mode",
            "\\b(?:supprime|supprimer|supprimez|efface|effacer|effacez|annule|annuler|annulez|detruis|detruire|vide|vider)"
                    + " (?:\\w+ )?(?:tous|toutes|tout|l'ensemble|la totalite|la base|la bdd|l'agenda)\\b",
            "\\bdrop table\\b", "\\bdelete from\\b", "\\btruncate\\b", "<\\s*/?\\s*(?:system|assistant|user|instructions?)\\b",
            "\\[(?:system|inst|/inst)\\]", "###", "\\brole ?: ?(?:system|assistant)", "\"action\" ?:",
            "\\b(?:reponds|repondez|renvoie|renvoyez|retourne|retournez) (?:uniquement|seulement|toujours)",
            "\\byou are\\b", "\\bignore (?:all|previous|the above)\\b", "\\bdisregard\\b", "\\binstructions\\b",
            "\\bsudo\\b", "\\brevele(?:r|z)? (?:tes|vos|ton|votre)\\b", "\\bcle api\\b|\\bapi key\\b",
            "\\bexecute(?:r|z)? (?:la|le|cette|ce) (?:commande|code|script)"));

    boolean instructs(String folded) {
        return INSTRUCTIONS.matcher(folded).find();
    }
}
