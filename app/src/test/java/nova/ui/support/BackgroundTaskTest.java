package nova.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void successRunsCallbacksInOrder() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(() -> {
                    events.add("work");
                    return 42;
                })
                .onRunning(() -> events.add("running"))
                .onSuccess(value -> events.add("success " + value))
                .onFailure(error -> events.add("failure"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        assertEquals(List.of("running", "work", "success 42", "finished"), events);
    }

    @Test
    void failureReachesOnFailureAndStillFinishes() {
        List<String> events = new ArrayList<>();
        BackgroundTask.wrap(() -> {
                    throw new UserMessageException("Créneau déjà occupé");
                })
                .onSuccess(value -> events.add("success"))
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        assertEquals(List.of("failure Créneau déjà occupé", "finished"), events);
    }

    @Test
    void frenchTextsAreReadAsUtf8() {
        Messages messages = new Messages();
        assertEquals("Aujourd’hui", messages.get("main.today"));
        assertEquals("3 rendez-vous", messages.format("agenda.column.count", 3));
        assertEquals("Confirmé", messages.get("status.CONFIRMED"));
    }
}
