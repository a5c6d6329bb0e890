package io.grantline.command.environment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IAM role or user ARN, such as {@code arn:aws:iam::111122223333:role/path/name}. */
record IamArn(String arn, String accountId, String kind, String name) {

    private static final Pattern PRINCIPAL =
            Pattern.compile("^arn:aws(?:-[a-z]+)*:iam::(\\d{12}):(role|user)/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]{1,128})$");
    private static final Pattern POLICY =
            Pattern.compile("^arn:aws(?:-[a-z]+)*:iam::(\\d{12}|aws):policy/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,128}$");
    private static final Pattern SNS_TOPIC =
            Pattern.compile("^arn:aws(?:-[a-z]+)*:sns:[a-z0-9-]+:\\d{12}:[\\w-]{1,256}$");

    static Optional<IamArn> parse(String arn) {
        Matcher matcher = PRINCIPAL.matcher(arn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IamArn(arn, matcher.group(1), matcher.group(2), matcher.group(3)));
    }

    static boolean isPolicy(String arn) {
        return POLICY.matcher(arn).matches();
    }

    static boolean isSnsTopic(String arn) {
        return SNS_TOPIC.matcher(arn).matches();
    }

    boolean isRole() {
        return "role".equals(kind);
    }

    /** data.all's consumption principal types: ROLE or USER. */
    String principalType() {
        return kind.toUpperCase(java.util.Locale.ROOT);
    }
}
