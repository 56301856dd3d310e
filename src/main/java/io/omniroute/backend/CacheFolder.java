package io.omniroute.backend;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a console keeps its cache: the data folder itself for the embedded server, and for a remote backend a folder
 * of its own per backend and user ({@code remote/<host>_<port>/<user>}). So a different user, or another backend,
 * starts from a clean cache and never sees what the feed sent someone else, while each user's unsent commands wait
 * in their own cache for their next login.
 */
final class CacheFolder {

    static final String REMOTE = "remote";

    private CacheFolder() {
    }

    static Path embedded(Path dataDir) {
        return dataDir;
    }

    static Path remote(Path dataDir, String server, String user) {
        return dataDir.resolve(REMOTE).resolve(safe(hostAndPort(server))).resolve(safe(user));
    }

    private static String hostAndPort(String server) {
        URI uri = URI.create(server);
        String host = uri.getHost() == null ? server : uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + "_" + port;
    }

    /**
     * A name any file system takes: letters, digits and {@code . _ @ -} kept, anything else replaced, and then a
     * short hash of the original added, so two names that differ only in replaced characters stay apart.
     */
    static String safe(String name) {
        String kept = name.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (kept.equals(name) && !kept.startsWith(".") && !kept.isEmpty()) {
            return kept;
        }
        return (kept.startsWith(".") ? "_" + kept.substring(1) : kept) + "-" + shortHash(name);
    }

    private static String shortHash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
