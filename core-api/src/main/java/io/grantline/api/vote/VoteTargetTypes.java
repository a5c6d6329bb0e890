package io.grantline.api.vote;

/** The vote target types data.all's UI sends, for the targets Grantline has (lower case, unlike feed targets). */
public final class VoteTargetTypes {

    public static final String DATASET = "dataset";

    private VoteTargetTypes() {
    }
}
