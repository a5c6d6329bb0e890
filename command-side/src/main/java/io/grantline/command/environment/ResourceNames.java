package io.grantline.command.environment;

import io.grantline.command.organization.Slugs;
import java.util.Locale;

/**
 * data.all's naming convention for the AWS resources of an environment: {@code <prefix>-<label>-<uri>},
 * lower case, with the label shortened so that the name fits AWS's 63-character limits.
 */
final class ResourceNames {

    static final int MAX_LENGTH = 63;
    private static final String IAM_DISALLOWED = "[^a-z0-9_-]+";
    private static final String S3_DISALLOWED = "[^a-z0-9-]+";
    private static final String ACCESS_LOGS_SUFFIX = "-access-logs";

    private ResourceNames() {
    }

    static String iamRole(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, IAM_DISALLOWED);
    }

    static String bucket(String prefix, String label, String uri) {
        return compliant(prefix, Slugs.of(label), uri, S3_DISALLOWED);
    }

    /**
     * The environment's access-logs bucket: its default bucket's name followed by {@code -access-logs}. When
     * that is too long the label is shortened further, so the name keeps the environment's uri (S3 bucket names
     * are global) and never equals a default bucket's name.
     */
    static String accessLogsBucket(String prefix, String label, String uri) {
        return compliant(prefix, Slugs.of(label), uri, S3_DISALLOWED, MAX_LENGTH - ACCESS_LOGS_SUFFIX.length())
                + ACCESS_LOGS_SUFFIX;
    }

    static String athenaWorkGroup(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, IAM_DISALLOWED);
    }

    static String topic(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, IAM_DISALLOWED);
    }

    static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    private static String compliant(String prefix, String label, String uri, String disallowed) {
        return compliant(prefix, label, uri, disallowed, MAX_LENGTH);
    }

    private static String compliant(String prefix, String label, String uri, String disallowed, int maxLength) {
        int room = Math.max(0, maxLength - prefix.length() - uri.length() - 2);
        String shortened = label.length() > room ? label.substring(0, room) : label;
        String name = (prefix + "-" + shortened + "-" + uri).toLowerCase(Locale.ROOT)
                .replaceAll(disallowed, "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("(^-+|-+$)", "");
        if (name.length() > maxLength) {
            name = name.substring(0, maxLength).replaceAll("-+$", "");
        }
        return name;
    }
}
