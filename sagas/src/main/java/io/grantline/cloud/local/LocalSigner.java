package io.grantline.cloud.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/** HMAC-SHA256 signatures with a key the local cloud generates once and keeps in its settings. */
final class LocalSigner {

    private final JdbcTemplate jdbc;
    private final String setting;
    private volatile byte[] key;

    LocalSigner(JdbcTemplate jdbc, String setting) {
        this.jdbc = jdbc;
        this.setting = setting;
    }

    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    boolean verify(String text, String signature) {
        byte[] expected = sign(text).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update("insert into local_cloud_setting (name, value) values (?, ?) on conflict do nothing",
                    setting, Base64.getEncoder().encodeToString(fresh));
            current = Base64.getDecoder().decode(jdbc.queryForObject(
                    "select value from local_cloud_setting where name = ?", String.class, setting));
            key = current;
        }
        return current;
    }
}
