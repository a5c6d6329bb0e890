package io.grantline.saga.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * data.all's names for the managed share policy of an IAM principal of an environment:
 * {@code <resourcePrefix>-env-<environmentUri>-share-policy-<principalName>-<index>}, slugged and shortened as its
 * NamingConventionService does for IAM policies, so Grantline finds the policies data.all made.
 */
public final class SharePolicyNames {

    private static final int MAX_LENGTH = 128;
    private static final int INDEX_LENGTH = 2;
    private static final Pattern QUOTES = Pattern.compile("'+");
    private static final Pattern NUMBER_GROUPING = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern DISALLOWED = Pattern.compile("[^a-zA-Z0-9_-]");
    private static final Pattern DASHES = Pattern.compile("-{2,}");

    private SharePolicyNames() {
    }

    public static String indexed(String resourcePrefix, String environmentUri, String principalName, int index) {
        String label = "env-" + environmentUri + "-share-policy";
        int room = MAX_LENGTH - (resourcePrefix + principalName).length() - INDEX_LENGTH;
        // Python's label[:room]: a negative room counts from the end
        int end = room >= 0 ? Math.min(room, label.length()) : Math.max(0, label.length() + room);
        return slug(resourcePrefix + "-" + label.substring(0, end) + "-" + principalName + "-" + index);
    }

    /** The index of a name {@link #indexed} gives for the principal; -1 for any other name. */
    static int indexOf(String policyName, String resourcePrefix, String environmentUri, String principalName) {
        String base = indexed(resourcePrefix, environmentUri, principalName, 0);
        String stem = base.substring(0, base.length() - 1);
        if (!policyName.startsWith(stem)) {
            return -1;
        }
        String index = policyName.substring(stem.length());
        return index.matches("\\d{1,3}") && policyName.equals(
                indexed(resourcePrefix, environmentUri, principalName, Integer.parseInt(index)))
                ? Integer.parseInt(index) : -1;
    }

    private static String slug(String text) {
        String slug = QUOTES.matcher(text).replaceAll("-");
        slug = Normalizer.normalize(slug, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        slug = QUOTES.matcher(slug).replaceAll("");
        slug = NUMBER_GROUPING.matcher(slug).replaceAll("");
        slug = DISALLOWED.matcher(slug).replaceAll("-");
        slug = DASHES.matcher(slug).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
