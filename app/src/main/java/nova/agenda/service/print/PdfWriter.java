package nova.agenda.service.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * A small cursor over PDF pages (the agenda's prints and the consultation's ordonnance): lines of text top-down, a
 * new page when the current one is full. Text is set in DejaVu Sans, shipped in the jar and embedded as a subset
 * (only the glyphs used), so French and Arabic-script names print; Arabic is shaped and put in visual order by
 * {@link VisualText}. A character DejaVu Sans lacks prints as "?" rather than failing the whole document.
 */
public final class PdfWriter implements AutoCloseable {

    /** The two weights of the one font family every print uses. */
    public enum Face { REGULAR, BOLD }

    public static final Face REGULAR = Face.REGULAR;
    public static final Face BOLD = Face.BOLD;

    private static final String FONTS = "/nova/print/fonts/";

    private final PDDocument document = new PDDocument();
    private final PDFont regular = load("DejaVuSansCondensed.ttf");
    private final PDFont bold = load("DejaVuSansCondensed-Bold.ttf");
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

    private PDFont load(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDFont font(Face face) {
        return face == Face.BOLD ? bold : regular;
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
    public void line(String text, Face font, float fontSize, float lineHeight) {
        need(lineHeight);
        y -= lineHeight;
        text(left(), y, text, font, fontSize, 0.12f);
    }

    /** Text at the current line's baseline plus the given x (used for table cells), the cursor unchanged. */
    public void cell(float x, String text, Face font, float fontSize, float maxWidth) {
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

    private void text(float x, float baseline, String text, Face face, float fontSize, float gray) {
        PDFont font = font(face);
        try {
            content.beginText();
            content.setNonStrokingColor(new PDColor(new float[] {gray, gray, gray}, PDDeviceRGB.INSTANCE));
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(VisualText.of(text), font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float widthOf(String text, Face face, float fontSize) {
        PDFont font = font(face);
        try {
            return font.getStringWidth(printable(VisualText.of(text), font)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shortens with an ellipsis to fit the column. */
    public String fit(String text, Face font, float fontSize, float maxWidth) {
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

    /** Splits on spaces into lines no wider than {@code max} (a single too-long word keeps its own line). */
    public List<String> wrap(String text, Face font, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (widthOf(candidate, font, size) > max && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    static String printable(String text, PDFont font) {
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
