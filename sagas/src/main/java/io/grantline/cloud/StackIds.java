package io.grantline.cloud;

/** CloudFormation stack ids are ARNs: {@code arn:aws:cloudformation:<region>:<account>:stack/<name>/<id>}. */
public final class StackIds {

    private StackIds() {
    }

    public static String arn(String region, String accountId, String stackName, String id) {
        return "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + stackName + "/" + id;
    }

    public static String region(String stackId) {
        return part(stackId, 3);
    }

    public static String accountId(String stackId) {
        return part(stackId, 4);
    }

    private static String part(String stackId, int index) {
        String[] parts = stackId == null ? new String[0] : stackId.split(":");
        if (parts.length < 6 || !"cloudformation".equals(parts[2])) {
            throw new CloudRequestFailedException("Not a CloudFormation stack id: " + stackId);
        }
        return parts[index];
    }
}
