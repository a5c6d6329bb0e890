package io.grantline.cdk;

/** CloudFormation logical ids (resources, outputs) allow only ASCII letters and digits. */
public final class LogicalIds {

    private LogicalIds() {
    }

    public static String sanitize(String value) {
        return value.replaceAll("[^A-Za-z0-9]", "");
    }
}
