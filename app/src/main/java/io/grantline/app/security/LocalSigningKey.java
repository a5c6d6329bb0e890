package io.grantline.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/** The local token issuer's RSA key, generated once and kept under the data folder so tokens survive restarts. */
public final class LocalSigningKey {

    private LocalSigningKey() {
    }

    public static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID("grantline-local").generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file stays with default permissions
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local signing key " + file, e);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("Corrupt local signing key " + file, e);
        }
    }
}
