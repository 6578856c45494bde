package nova.assistant.service;

import java.util.List;
import java.util.regex.Pattern;
import nova.assistant.domain.AssistantContext;

/**
 * Maps everyday words to a care type code ("tartre" -> detartrage, "vaccin" -> vaccination). Rules are tried in
 * order, most specific first ("implant contraceptif" before "implant"), and only codes the clinic offers are
 * returned. Works on text folded by {@link nova.assistant.service.time.FrenchText#fold}.
 */
final class CareTypeReader {

    private record Rule(Pattern words, String code) {
        Rule(String regex, String code) {
            this(Pattern.compile(regex), code);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("planning familial|planification|contracepti|pilule|implant contraceptif|implanon|jadelle"
                    + "|sterilet|\\bdiu\\b|depo-?provera|sayana|espacement des naissances", "planification"),
            new Rule("\\bcpn\\d?\\b|prenatal|grossesse|enceinte|accouchement", "cpn"),
            new Rule("vaccin|\\bbcg\\b|rougeole|polio|pentavalent|\\bpenta\\b|\\bvar\\b|\\bvat\\b|fievre jaune"
                    + "|meningite|immunis", "vaccination"),
            new Rule("orthodont|appareil dentaire|\\bappareil\\b|\\bbagues?\\b|aligneurs?|gouttiere", "orthodontie"),
            new Rule("prothese|couronne|\\bbridge\\b|dentier|facettes?|\\bstellite\\b", "prothese"),
            new Rule("\\bimplants?\\b|greffe|chirurgi|sinus lift|comblement osseux", "chirurgie"),
            new Rule("extraction|extraire|arrach|enlever (?:une|la|sa|sa) dent|dents? de sagesse|avulsion", "extraction"),
            new Rule("detartrage|detatrage|tartre|nettoyage|blanchiment|polissage", "detartrage"),
            new Rule("urgen|rage de dents?|abces|dent cassee|dent casse|dent fracturee|saigne|gonfle|tres mal"
                    + "|douleur (?:intense|forte|atroce)|convulsion|accident", "urgence"),
            new Rule("fievre|palu|toux|tousse|diarrhee|vomi|mal de tete|maux de tete|rhume|grippe|curative", "consultation"),
            new Rule("pesee|nourrisson|\\bbebe|suivi (?:de l'|d'un |de l'|du )?enfant|nutrition|croissance"
                    + "|\\benfants?\\b|petit garcon|petite fille", "suivi_enfant"),
            new Rule("carie|plombage|devitalis|\\bsoins?\\b|pansement|injection|obturation|composite"
                    + "|traitement de (?:la )?racine|\\bcanal\\b|plaie", "soin"),
            new Rule("consultation|consulter|controle|bilan|examen|visite|check-?up|premiere fois|avis|mal aux? dents?"
                    + "|mal de dents?|douleur|malade", "consultation"));

    /** The first care type the text names among those the clinic offers, or null. */
    String read(String folded, AssistantContext context) {
        for (Rule rule : RULES) {
            if (context.careTypeCodes().contains(rule.code()) && rule.words().matcher(folded).find()) {
                return rule.code();
            }
        }
        return null;
    }
}
