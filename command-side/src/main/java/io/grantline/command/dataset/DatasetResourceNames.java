package io.grantline.command.dataset;

import java.text.Normalizer;
import java.util.Locale;

/**
 * data.all's naming convention for the AWS resources of a dataset ({@code NamingConventionService}):
 * {@code <prefix>-<label>-<datasetUri>}, lower case, characters the service refuses replaced by a dash, then the
 * dashes turned into the service's separator; the label is shortened so the name keeps the uri and fits the
 * service's limit.
 */
final class DatasetResourceNames {

    static final int S3_MAX = 63;
    static final int IAM_MAX = 63;
    static final int GLUE_MAX = 240;
    static final int GLUE_ETL_MAX = 52;

    private static final String S3_DISALLOWED = "[^a-z0-9-]+";
    private static final String IAM_DISALLOWED = "[^a-z0-9_-]+";
    private static final String GLUE_DISALLOWED = "[^a-z0-9_-]+";
    private static final String GLUE_ETL_DISALLOWED = "[^a-z0-9-]+";

    private DatasetResourceNames() {
    }

    static String bucket(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, S3_DISALLOWED, "-", S3_MAX);
    }

    /** The dataset's own KMS key is aliased like its bucket. */
    static String kmsAlias(String prefix, String label, String uri) {
        return bucket(prefix, label, uri);
    }

    static String glueDatabase(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, GLUE_DISALLOWED, "_", GLUE_MAX);
    }

    static String iamRole(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, IAM_DISALLOWED, "-", IAM_MAX);
    }

    static String crawler(String prefix, String label, String uri) {
        return glueEtlBase(prefix, label, uri) + "-crawler";
    }

    static String profilingJob(String prefix, String label, String uri) {
        return glueEtlBase(prefix, label, uri) + "-profiler";
    }

    static String roleArn(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    private static String glueEtlBase(String prefix, String label, String uri) {
        return compliant(prefix, label, uri, GLUE_ETL_DISALLOWED, "-", GLUE_ETL_MAX);
    }

    private static String compliant(String prefix, String label, String uri, String disallowed, String separator,
                                    int maxLength) {
        int room = Math.max(0, maxLength - prefix.length() - uri.length() - 2);
        String shortened = label.length() > room ? label.substring(0, room) : label;
        String name = slug(prefix + "-" + shortened + "-" + uri, disallowed);
        if (name.length() > maxLength) {
            name = name.substring(0, maxLength).replaceAll("-+$", "");
        }
        return name.replace("-", separator);
    }

    private static String slug(String text, String disallowed) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll(disallowed, "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
