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

    private ResourceNames() {
    }

    static String iamRole(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, IAM_DISALLOWED);
    }

    static String bucket(String prefix, String label, String uri) {
        return compliant(prefix, Slugs.of(label), uri, S3_DISALLOWED);
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
        int room = Math.max(0, MAX_LENGTH - prefix.length() - uri.length() - 2);
        String shortened = label.length() > room ? label.substring(0, room) : label;
        String name = (prefix + "-" + shortened + "-" + uri).toLowerCase(Locale.ROOT)
                .replaceAll(disallowed, "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("(^-+|-+$)", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name;
    }
}
