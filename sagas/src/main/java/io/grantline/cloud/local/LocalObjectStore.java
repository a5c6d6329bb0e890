package io.grantline.cloud.local;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.TemplateLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's object store as the local cloud plays it: objects are files under a folder, served over HTTP at
 * {@value #PATH}{@code <key>} to whoever holds a presigned link, a signature (HMAC-SHA256 with a key generated
 * once and kept in the local cloud's settings) over the key and the link's expiry.
 */
public class LocalObjectStore implements TemplateLinks {

    /** Where the application serves the objects. */
    public static final String PATH = "/local-cloud/objects/";

    private static final String SIGNING_KEY_SETTING = "object-signing-key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Path root;
    private final JdbcTemplate jdbc;
    private final Supplier<URI> baseUrl;
    private final Duration linkValidity;
    private final Clock clock;
    private volatile byte[] signingKey;

    /**
     * @param baseUrl where the application answers HTTP, asked for each link since a test server's port is known
     *                only once it listens
     */
    public LocalObjectStore(Path root, JdbcTemplate jdbc, Supplier<URI> baseUrl, Duration linkValidity,
                            Clock clock) {
        if (linkValidity == null || linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("A link must stay valid for some time, was " + linkValidity);
        }
        this.root = root;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
        this.linkValidity = linkValidity;
        this.clock = clock;
    }

    @Override
    public String publish(String key, String content) {
        Path file = fileOf(key);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".partial");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the local object " + key, e);
        }
        return link(key, clock.instant().plus(linkValidity));
    }

    /** A presigned link to the object that stops working at the given time. */
    public String link(String key, Instant expires) {
        fileOf(key);
        String base = baseUrl.get().toString().replaceAll("/+$", "");
        long expiresAt = expires.getEpochSecond();
        return base + PATH + key + "?expires=" + expiresAt + "&signature=" + signature(key, expiresAt);
    }

    /** The object behind a presigned link, if the link is genuine and has not expired. */
    public byte[] read(String key, String expires, String signature) {
        Path file = fileOf(key);
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException | NullPointerException e) {
            throw new CloudAccessDeniedException("Query-string authentication requires the expires and signature "
                    + "parameters");
        }
        byte[] expected = signature(key, expiresAt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new CloudAccessDeniedException("The request signature we calculated does not match the signature "
                    + "you provided.");
        }
        if (clock.instant().getEpochSecond() > expiresAt) {
            throw new CloudAccessDeniedException("Request has expired");
        }
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CloudResourceNotFoundException("The specified key does not exist.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the local object " + key, e);
        }
    }

    private Path fileOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new CloudRequestFailedException("Not an object key of the local cloud: " + key);
        }
        return root.resolve(key);
    }

    private String signature(String key, long expiresAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("GET\n" + key + "\n" + expiresAt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private byte[] signingKey() {
        byte[] key = signingKey;
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update("insert into local_cloud_setting (name, value) values (?, ?) on conflict do nothing",
                    SIGNING_KEY_SETTING, Base64.getEncoder().encodeToString(fresh));
            key = Base64.getDecoder().decode(jdbc.queryForObject(
                    "select value from local_cloud_setting where name = ?", String.class, SIGNING_KEY_SETTING));
            signingKey = key;
        }
        return key;
    }
}
