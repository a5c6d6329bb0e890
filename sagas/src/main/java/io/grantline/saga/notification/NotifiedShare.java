package io.grantline.saga.notification;

import java.util.List;

/**
 * What the share notifications say and to whom, from the share's creation: the dataset, the teams that approve it,
 * the requesting team and the principal the share is for.
 */
public record NotifiedShare(String shareUri, String datasetUri, String datasetName, List<String> approverGroups,
                            String requesterGroup, String principalId) {

    /** data.all's target of a share notification. */
    public String targetUri() {
        return shareUri + "|" + datasetUri;
    }
}
