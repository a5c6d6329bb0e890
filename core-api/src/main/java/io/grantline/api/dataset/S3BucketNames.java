package io.grantline.api.dataset;

import java.util.regex.Pattern;

/**
 * S3's bucket naming rules, checked where a bucket name enters: by the Dataset aggregate, and by the API edge before
 * it asks the cloud whether an imported bucket exists (a malformed name is bad input, not a cloud failure).
 */
public final class S3BucketNames {

    public static final String RULE = "a valid S3 bucket name: 3 to 63 lower-case letters, digits, dots and dashes, "
            + "starting and ending with a letter or digit";

    private static final Pattern VALID =
            Pattern.compile("^(?!(xn--|.+-s3alias$))(?!.*\\.\\.)[a-z0-9](?:[a-z0-9.-]{1,61}[a-z0-9])$");

    private S3BucketNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
