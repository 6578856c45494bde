package nova.ui.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The French texts of the workstation ({@code nova/ui/messages_fr.properties}, UTF-8). View models use it too, so
 * their validation messages are French without the toolkit.
 */
public final class Messages {

    public static final Locale LOCALE = Locale.FRENCH;

    private final ResourceBundle bundle;

    public Messages() {
        this(ResourceBundle.getBundle("nova.ui.messages", LOCALE));
    }

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must show up in review, not crash a receptionist's screen.
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), LOCALE);
        return format.format(arguments);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
