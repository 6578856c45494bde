package nova.agenda.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Contextual forms checked against the Unicode charts, code point by code point. */
class ArabicShapingTest {

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(String.format("%04X ", cp)));
        return out.toString().trim();
    }

    @Test
    void fatimaJoinsInitialMedialMedialFinal() {
        // فاطمة: feh initial, alef final (alef does not join forward), tah initial, meem medial, teh marbuta final
        assertEquals("FED3 FE8E FEC3 FEE4 FE94", hex(ArabicShaping.shape("فاطمة")));
    }

    @Test
    void benAliIsTwoWordsEachShapedOnItsOwn() {
        // بن: beh initial, noon final; علي: ain initial, lam medial, yeh final
        assertEquals("FE91 FEE6 0020 FECB FEE0 FEF2", hex(ArabicShaping.shape("بن علي")));
    }

    @Test
    void lamAlefBecomesOneLigature() {
        assertEquals("FEFB", hex(ArabicShaping.shape("لا")));
        // سلام: seen initial, lam-alef final ligature, meem isolated (alef does not join forward)
        assertEquals("FEB3 FEFC FEE1", hex(ArabicShaping.shape("سلام")));
        assertEquals("FEF7", hex(ArabicShaping.shape("لأ")));
    }

    @Test
    void nonJoiningLettersBreakTheWord() {
        // دار: dal isolated, alef isolated (dal does not join forward), reh isolated
        assertEquals("FEA9 FE8D FEAD", hex(ArabicShaping.shape("دار")));
        // مراد: meem initial, reh final, alef isolated (reh does not join forward), dal isolated
        assertEquals("FEE3 FEAE FE8D FEA9", hex(ArabicShaping.shape("مراد")));
    }

    @Test
    void harakatDoNotBreakTheJoin() {
        // بَن with a fatha on beh: beh still initial, the mark kept in place
        assertEquals("FE91 064E FEE6", hex(ArabicShaping.shape("بَن")));
    }

    @Test
    void maghrebiVehJoinsLikeFeh() {
        // ڤيلا: veh initial, yeh medial, lam-alef final
        assertEquals("FB6C FEF4 FEFC", hex(ArabicShaping.shape("ڤيلا")));
    }

    @Test
    void compatibilityNormalisationGivesTheNameBack() {
        for (String name : new String[] {"فاطمة", "بن علي", "لا", "دار", "سلام", "عبد الله"}) {
            assertEquals(name, Normalizer.normalize(ArabicShaping.shape(name), Normalizer.Form.NFKC), name);
        }
    }

    @Test
    void frenchTextIsUnchanged() {
        String french = "Détartrage — BENSAÏD Nadia « confirmé » 09:30–10:00";
        assertEquals(french, ArabicShaping.shape(french));
    }
}
