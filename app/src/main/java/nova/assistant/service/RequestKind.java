package nova.assistant.service;

import java.util.regex.Pattern;

/** What the receptionist wants, read from the verbs and nouns of a folded request. */
enum RequestKind {
    RESCHEDULE("\\bdecal|\\breport|\\bavancer\\b|\\bavance (?:le|son|sa|l'|leur|ce)\\b|\\bavancez\\b|\\bdeplac"
            + "|\\bchang(?:er|e|ez) (?:l'heure|l'horaire|la date|le jour|le rdv|son rdv|sa date|son heure|de creneau|d'horaire|de jour|le rendez|son rendez|l'heure de|la date de)"
            + "|\\brepouss|\\bmodifi(?:er|e|ez) (?:le|son|sa|l'heure|la date|l'horaire)|\\breprogramm|\\bmettre plutot|\\bdecaller"),
    CANCEL("\\bannul|\\bdecommand|\\bne (?:pourra|peut|pourrait|va|viendra|sera|vient)(?: pas| plus)?(?: pas)? (?:venir|etre la|present|pas)"
            + "|\\bne viendra pas|\\bne vient pas|\\bpeut pas venir|\\bpourra pas venir|\\bpourra pas etre|\\bempeche"
            + "|\\bsupprim(?:er|e|ez) (?:le|son|sa|ce|son) (?:rdv|rendez)|\\bse desiste|\\bdesist|\\bpas venir"),
    CONFIRMATION("\\bconfirm|\\bsera (?:bien )?(?:la|present)|\\bviendra bien|\\bvient bien|\\bsera bien|\\bok pour (?:son|le|sa)"
            + "|\\bc'est bon pour (?:son|le|sa)"),
    AVAILABILITY("\\bdispo|\\bdisponib|\\bde la place|\\bplace libre|\\bplaces?\\b|\\bcreneau|\\bcreneaux|\\blibres?\\b"
            + "|\\bqu'est-ce que vous avez|\\bvous avez quoi|\\bquand (?:est-ce|peut|pouvez|pourrait)|\\bpossible"
            + "|\\bavez-vous|\\bavez vous|\\bvous avez|\\bun trou\\b|\\bquelque chose\\b|\\by a-t-il|\\by a t il|\\bil y a de la|\\bau plus tot|\\ble plus tot|\\bpremier"),
    BOOKING("\\brdv\\b|\\brendez|\\breserv|\\bprendre|\\binscri|\\bprogramm|\\bplanifi|\\bcaser|\\bmettre\\b|\\bnoter\\b"
            + "|\\bvoir (?:le|la) (?:docteur|dentiste|medecin|sage-femme|infirmier)|\\bpasser\\b|\\bconsult|\\bbooker|\\bfixer"
            + "|\\bbloquer|\\bvenir\\b|\\bveut\\b|\\bvoudrait\\b|\\bsouhaite|\\baimerait|\\bbesoin");

    private final Pattern words;

    RequestKind(String regex) {
        this.words = Pattern.compile(regex);
    }

    boolean said(String folded) {
        return words.matcher(folded).find();
    }
}
