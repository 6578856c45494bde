package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nova.sync.connector.ChangeHint;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;

/** LISTEN/NOTIFY as a "pull now" hint: the site's own workstations hear it, other sites do not. */
class ChangeHintTest {

    @Test
    void aPushWakesTheOtherWorkstationsOfTheSiteWithinTwoSecondsAndNoOtherSite() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("sikasso");
        String otherSite = hub.newSite("mopti");
        CountDownLatch woken = new CountDownLatch(1);
        AtomicInteger otherWoken = new AtomicInteger();
        try (PostgresSyncConnector listener = hub.connect(site, "P2");
                PostgresSyncConnector other = hub.connect(otherSite, "M1");
                ChangeHint hint = listener.changeHint().orElseThrow();
                ChangeHint otherHint = other.changeHint().orElseThrow();
                PostgresSyncConnector writer = hub.connect(site, "P1")) {
            hint.onChange(woken::countDown);
            otherHint.onChange(otherWoken::incrementAndGet);
            Thread.sleep(1_000); // let both LISTEN connections open
            long start = System.nanoTime();
            writer.push(List.of(Changes.newPatient(site, "P1", 1)));
            assertTrue(woken.await(2, TimeUnit.SECONDS), "no hint within 2 s");
            assertTrue(System.nanoTime() - start < 2_000_000_000L);
            Thread.sleep(700);
            assertFalse(otherWoken.get() > 0, "another site was woken");
        }
    }
}
