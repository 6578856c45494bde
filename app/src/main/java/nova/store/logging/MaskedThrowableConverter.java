package nova.store.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedEx}: the stack trace, masked and folded onto the event's single line. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String trace = super.convert(event);
        return trace.isEmpty() ? "" : " error=\"" + OneLine.of(LogMasking.mask(trace)) + "\"";
    }
}
