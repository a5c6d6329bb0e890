package io.grantline.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

class PresignedPostTest {

    @Test
    void signingKeyIsDerivedAsSignatureVersion4Has() {
        // AWS's published example of deriving a Signature Version 4 signing key
        byte[] key = PresignedPost.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1",
                "iam");

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    @Test
    void longTermCredentialsSignWithoutASecurityToken() {
        var fields = PresignedPost.fields(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret"), "us-east-1",
                "bucket", "uploads/file.csv", Instant.parse("2026-11-29T10:00:00Z"), Duration.ofMinutes(15));

        assertThat(fields).containsOnlyKeys("key", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy",
                "x-amz-signature");
    }
}
