package nova.agenda.service.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * A small cursor over PDF pages (the agenda's prints and the consultation's ordonnance): lines of text top-down, a new page when the current one is full. Helvetica (one
 * of PDF's standard fonts, WinAnsi encoding) covers French; a character it cannot encode prints as "?" rather
 * than failing the whole document.
 */
public final class PdfWriter implements AutoCloseable {

    public static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float margin;
    private PDPageContentStream content;
    private float y;
    private int pages;
    private final Runnable pageHeader;

    public PdfWriter(PDRectangle size, float margin, Runnable pageHeader) {
        this.size = size;
        this.margin = margin;
        this.pageHeader = pageHeader;
        newPage();
    }

    public float width() {
        return size.getWidth() - 2 * margin;
    }

    public float left() {
        return margin;
    }

    public int pages() {
        return pages;
    }

    public void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = size.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pageHeader != null) {
            pageHeader.run();
        }
    }

    /** Makes room for {@code height} points, starting a new page when needed. */
    public void need(float height) {
        if (y - height < margin) {
            newPage();
        }
    }

    public void skip(float points) {
        y -= points;
    }

    /** One line of text at the cursor, then the cursor goes down by {@code lineHeight}. */
    public void line(String text, PDFont font, float fontSize, float lineHeight) {
        need(lineHeight);
        y -= lineHeight;
        text(left(), y, text, font, fontSize, 0.12f);
    }

    /** Text at the current line's baseline plus the given x (used for table cells), the cursor unchanged. */
    public void cell(float x, String text, PDFont font, float fontSize, float maxWidth) {
        text(left() + x, y, fit(text, font, fontSize, maxWidth), font, fontSize, 0.12f);
    }

    /** Moves to the next table row. */
    public void row(float lineHeight) {
        need(lineHeight);
        y -= lineHeight;
    }

    public void rule(float gray) {
        try {
            content.setStrokingColor(new PDColor(new float[] {gray, gray, gray}, PDDeviceRGB.INSTANCE));
            content.setLineWidth(0.6f);
            content.moveTo(left(), y - 4);
            content.lineTo(left() + width(), y - 4);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void box(float x, float yTop, float w, float h, float r, float g, float b) {
        try {
            content.setNonStrokingColor(new PDColor(new float[] {r, g, b}, PDDeviceRGB.INSTANCE));
            content.addRect(x, yTop - h, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float y() {
        return y;
    }

    private void text(float x, float baseline, String text, PDFont font, float fontSize, float gray) {
        try {
            content.beginText();
            content.setNonStrokingColor(new PDColor(new float[] {gray, gray, gray}, PDDeviceRGB.INSTANCE));
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static float widthOf(String text, PDFont font, float fontSize) {
        try {
            return font.getStringWidth(printable(text, font)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shortens with an ellipsis to fit the column. */
    public static String fit(String text, PDFont font, float fontSize, float maxWidth) {
        if (text == null) {
            return "";
        }
        if (widthOf(text, font, fontSize) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && widthOf(cut + "…", font, fontSize) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    public static String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append(cp == '\u202f' || cp == '\u00a0' ? " " : "?");
            }
        });
        return out.toString();
    }

    public byte[] finish() {
        try {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
