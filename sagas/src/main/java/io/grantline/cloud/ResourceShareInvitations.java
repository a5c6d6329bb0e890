package io.grantline.cloud;

/** AWS RAM invitations that cross-account Lake Formation grants send to the target account. */
public interface ResourceShareInvitations {

    /** Accepts every pending invitation the sender account sent to the account; answers how many. */
    int acceptPending(String accountId, String region, String senderAccountId);
}
