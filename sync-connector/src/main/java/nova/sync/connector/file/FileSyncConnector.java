package nova.sync.connector.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncCursor;

/**
 * Sync without any network: pushes become a sealed bundle on a USB stick for the district, pulls read the
 * district's sealed replies from the same stick. The hub's verdicts come back in those replies
 * ({@link #lateVerdicts()}), so a pushed change stays {@link nova.sync.connector.PushStatus#STAGED} until then.
 */
public final class FileSyncConnector implements SyncConnector {

    private final Path folder;
    private final SyncCredentials credentials;
    private final BundleFiles bundles;
    private SyncCursor lastPulled = SyncCursor.START;
    /** Opened replies by file, so that paging through a reply does not derive its keys again on every pull. */
    private final Map<Path, CachedReply> openedReplies = new java.util.HashMap<>();

    public FileSyncConnector(Path folder, SyncCredentials credentials, BundleFiles bundles) {
        this.folder = folder;
        this.credentials = credentials;
        this.bundles = bundles;
    }

    @Override
    public List<PushResult> push(List<ChangeRecord> changes) {
        List<PushResult> results = new ArrayList<>(changes.size());
        List<ChangeRecord> staged = new ArrayList<>(changes.size());
        for (ChangeRecord change : changes) {
            if (!credentials.siteId().equals(change.siteId())) {
                results.add(PushResult.rejected(change.idempotencyKey(),
                        "Cette modification appartient au site « " + change.siteId() + " », pas à ce site."));
            } else {
                staged.add(change);
                results.add(PushResult.staged(change.idempotencyKey()));
            }
        }
        if (!staged.isEmpty()) {
            bundles.write(folder, credentials.siteId(), BundleDirection.TO_HUB,
                    new BundleContent(staged, List.of(), List.of()), secret(), null, null, lastPulled.token());
        }
        return results;
    }

    @Override
    public PullPage pull(SyncCursor cursor, int limit) {
        BundleFiles.Read best = null;
        List<BundleFiles.Read> replies = readReplies();
        for (BundleFiles.Read reply : replies) {
            SyncCursor from = SyncCursor.parse(reply.header().fromCursor());
            SyncCursor next = SyncCursor.parse(reply.header().nextCursor());
            if (from.compareTo(cursor) <= 0 && next.compareTo(cursor) > 0
                    && (best == null || next.compareTo(SyncCursor.parse(best.header().nextCursor())) > 0)) {
                best = reply;
            }
        }
        if (best == null) {
            remember(cursor);
            return new PullPage(List.of(), List.of(), cursor, false);
        }
        List<ChangeRecord> changes = new ArrayList<>();
        List<SyncCursor> positions = new ArrayList<>();
        BundleContent content = best.content();
        boolean more = false;
        for (int i = 0; i < content.changes().size(); i++) {
            SyncCursor position = content.cursors().get(i);
            if (position.compareTo(cursor) <= 0) {
                continue;
            }
            if (changes.size() == limit) {
                more = true;
                break;
            }
            changes.add(content.changes().get(i));
            positions.add(position);
        }
        SyncCursor next = more ? positions.getLast() : SyncCursor.parse(best.header().nextCursor());
        if (!more) {
            more = replies.stream().anyMatch(reply -> SyncCursor.parse(reply.header().fromCursor()).compareTo(next) <= 0
                    && SyncCursor.parse(reply.header().nextCursor()).compareTo(next) > 0);
        }
        remember(next);
        return new PullPage(changes, positions, next, more);
    }

    @Override
    public List<PushResult> lateVerdicts() {
        Map<UUID, PushResult> byKey = new LinkedHashMap<>();
        for (BundleFiles.Read reply : readReplies()) {
            reply.content().verdicts().forEach(verdict -> byKey.put(verdict.idempotencyKey(), verdict));
        }
        return List.copyOf(byKey.values());
    }

    private List<BundleFiles.Read> readReplies() {
        List<BundleFiles.Read> replies = new ArrayList<>();
        for (Path file : bundles.list(folder, credentials.siteId(), BundleDirection.FROM_HUB)) {
            BundleFiles.Read reply = readCached(file);
            if (reply.header().direction() != BundleDirection.FROM_HUB
                    || !credentials.siteId().equals(reply.header().siteId())) {
                throw new BundleException("Le fichier " + file.getFileName() + " n'est pas une réponse du hub pour ce site.");
            }
            replies.add(reply);
        }
        return replies;
    }

    private BundleFiles.Read readCached(Path file) {
        long size;
        long modified;
        try {
            size = java.nio.file.Files.size(file);
            modified = java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return bundles.read(file, secret());
        }
        CachedReply cached = openedReplies.get(file);
        if (cached != null && cached.size() == size && cached.modified() == modified) {
            return cached.read();
        }
        BundleFiles.Read read = bundles.read(file, secret());
        openedReplies.put(file, new CachedReply(size, modified, read));
        return read;
    }

    private record CachedReply(long size, long modified, BundleFiles.Read read) {
    }

    private void remember(SyncCursor cursor) {
        if (cursor.compareTo(lastPulled) > 0) {
            lastPulled = cursor;
        }
    }

    private char[] secret() {
        char[] secret = credentials.bundleSecretChars();
        if (secret == null) {
            throw new BundleException("Secret de synchronisation du site manquant.");
        }
        return secret;
    }

    @Override
    public void close() {
        // Nothing held open between calls; the credentials belong to the caller, who wipes them when done.
        openedReplies.clear();
    }
}
