package io.grantline.api.error;

/** data.all's refusal when a share request holds the wrong items for the step: none pending, or some still shared. */
public class ShareItemsFound extends DataallException {

    public ShareItemsFound(String action, String message) {
        super("ShareItemsFound", action, message);
    }
}
