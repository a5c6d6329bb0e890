package io.grantline.cdk.dataset;

/**
 * ARNs in the dataset's account and region. They are written out in the aws partition, as data.all does, rather
 * than joined with the partition pseudo parameter, which keeps the template well under the inline size limit.
 */
record Arns(String accountId, String region) {

    Arns(DatasetStackProps props) {
        this(props.accountId(), props.region());
    }

    static String role(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    String glue(String resource) {
        return regional("glue", resource);
    }

    String logs(String resource) {
        return regional("logs", resource);
    }

    String kms(String resource) {
        return regional("kms", resource);
    }

    private String regional(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }
}
