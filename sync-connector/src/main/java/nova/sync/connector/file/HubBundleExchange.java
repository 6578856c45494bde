package nova.sync.connector.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCursor;

/**
 * The district's side of a USB exchange: imports a clinic's bundle by pushing its changes through a hub
 * connector logged in as that site (so the hub's idempotency, version and row-level rules apply unchanged),
 * then writes the reply bundle: the site's hub changes after the clinic's cursor and the verdicts.
 */
public final class HubBundleExchange {

    private static final int PAGE = 1000;

    private final BundleFiles bundles;

    public HubBundleExchange(BundleFiles bundles) {
        this.bundles = bundles;
    }

    public Outcome importBundle(Path bundle, String siteId, char[] secret, SyncConnector hub, Path replyFolder) {
        // Authenticated and decrypted in full before anything is pushed: a bad bundle imports nothing.
        BundleFiles.Read read = bundles.read(bundle, secret);
        if (read.header().direction() != BundleDirection.TO_HUB) {
            throw new BundleException("Ce fichier est une réponse du hub, pas un envoi de centre : rien n'a été importé.");
        }
        if (!siteId.equals(read.header().siteId())) {
            throw new BundleException("Ce fichier vient du site « " + read.header().siteId() + " », pas du site « "
                    + siteId + " » : rien n'a été importé.");
        }
        for (ChangeRecord change : read.content().changes()) {
            if (!siteId.equals(change.siteId())) {
                throw new BundleException("Le fichier contient une modification d'un autre site : rien n'a été importé.");
            }
        }
        List<PushResult> verdicts = hub.push(read.content().changes());
        SyncCursor from = read.header().siteCursor() == null ? SyncCursor.START
                : SyncCursor.parse(read.header().siteCursor());
        List<ChangeRecord> changes = new ArrayList<>();
        List<SyncCursor> positions = new ArrayList<>();
        SyncCursor cursor = from;
        PullPage page;
        do {
            page = hub.pull(cursor, PAGE);
            changes.addAll(page.changes());
            positions.addAll(page.positions());
            cursor = page.nextCursor();
        } while (page.hasMore());
        Path reply = bundles.write(replyFolder, siteId, BundleDirection.FROM_HUB,
                new BundleContent(changes, positions, verdicts), secret, from.token(), cursor.token(), null);
        return new Outcome(verdicts, changes.size(), reply);
    }

    /** Verdicts on the imported changes, how many hub changes the reply carries, and where it was written. */
    public record Outcome(List<PushResult> verdicts, int replyChanges, Path replyFile) {
    }
}
