package io.grantline.command.organization;

import java.text.Normalizer;
import java.util.Locale;

/** data.all derives resource names from labels as lower-case slugs. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "resource" : slug;
    }
}
