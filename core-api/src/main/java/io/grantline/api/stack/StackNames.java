package io.grantline.api.stack;

/** How stacks are named and which targets have one, shared by the saga that deploys them and the read model. */
public final class StackNames {

    public static final String ENVIRONMENT_TARGET = "environment";
    public static final String DATASET_TARGET = "dataset";

    private static final int MAX_STACK_NAME = 128;

    private StackNames() {
    }

    /** data.all's naming: {@code <resourcePrefix>-environment-<environmentUri>}, as CloudFormation accepts it. */
    public static String environmentStackName(String resourcePrefix, String environmentUri) {
        return stackName(resourcePrefix, ENVIRONMENT_TARGET, environmentUri);
    }

    /** data.all's naming: {@code <resourcePrefix>-dataset-<datasetUri>}. */
    public static String datasetStackName(String resourcePrefix, String datasetUri) {
        return stackName(resourcePrefix, DATASET_TARGET, datasetUri);
    }

    private static String stackName(String resourcePrefix, String targetType, String targetUri) {
        String name = (resourcePrefix + "-" + targetType + "-" + targetUri)
                .replaceAll("[^A-Za-z0-9-]", "-");
        if (name.length() > MAX_STACK_NAME) {
            name = name.substring(name.length() - MAX_STACK_NAME);
        }
        return Character.isLetter(name.charAt(0)) ? name : "s" + name.substring(1);
    }
}
