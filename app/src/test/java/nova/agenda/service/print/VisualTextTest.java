package nova.agenda.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Lines put in the order they are drawn, left to right. */
class VisualTextTest {

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x80 ? Character.toString(cp) : String.format("<%04X>", cp)));
        return out.toString();
    }

    @Test
    void anArabicNameIsDrawnFromItsLastLetter() {
        // فاطمة shaped is FED3 FE8E FEC3 FEE4 FE94; drawn left to right, the teh marbuta comes first
        assertEquals("<FE94><FEE4><FEC3><FE8E><FED3>", hex(VisualText.of("فاطمة")));
    }

    @Test
    void wordsOfAnArabicRunSwapPlaces() {
        // بن علي: on paper « علي » is left of « بن »
        assertEquals("<FEF2><FEE0><FECB> <FEE6><FE91>", hex(VisualText.of("بن علي")));
    }

    @Test
    void aMixedLineKeepsLatinInPlaceAndReversesOnlyTheArabic() {
        String visual = VisualText.of("09:30 بن علي فاطمة — Détartrage");
        assertEquals("09:30 <FE94><FEE4><FEC3><FE8E><FED3> <FEF2><FEE0><FECB> <FEE6><FE91> <2014> D<00E9>tartrage",
                hex(visual));
    }

    @Test
    void aPhoneAfterAnArabicNameStaysAfterItWhenTheNameIsAField() {
        assertEquals("<FE94><FEE4><FEC3><FE8E><FED3>  0555 12 34 56",
                hex(VisualText.of(VisualText.field("فاطمة") + "  0555 12 34 56")));
        // without the field's end mark the bidi algorithm reads the digits as Arabic numbers of the name's run
        assertEquals("56 34 12 0555  <FE94><FEE4><FEC3><FE8E><FED3>", hex(VisualText.of("فاطمة  0555 12 34 56")));
        assertEquals("BENALI  0555 12 34 56", VisualText.of(VisualText.field("BENALI") + "  0555 12 34 56"));
    }

    @Test
    void digitsInsideArabicStayLeftToRight() {
        // « غرفة 12 »: the number reads 12, to the left of the word
        assertEquals("12 <FE94><FED3><FEAE><FECF>", hex(VisualText.of("غرفة 12")));
    }

    @Test
    void frenchLinesAreUntouched() {
        String french = "Patient : BENSAÏD Nadia (42 ans) — « Prothèse »";
        assertSame(french, VisualText.of(french));
        assertEquals("", VisualText.of(null));
    }

    @Test
    void bracketsInsideArabicAreMirrored() {
        // (دار) inside a right-to-left run: the opening bracket is drawn on the right
        assertEquals("(<FEAD><FE8D><FEA9>) <FEAD><FE8D><FEA9>", hex(VisualText.of("دار (دار)")));
    }
}
