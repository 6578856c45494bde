package nova.store.logging;

/** One event per line: line breaks become " | " and quotes are escaped, so each line parses as key=value pairs. */
final class OneLine {

    private OneLine() {
    }

    static String of(String text) {
        return text.strip().replace("\"", "'").replaceAll("\\s*[\\r\\n]+\\s*", " | ");
    }
}
