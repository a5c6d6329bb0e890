package io.grantline.integration.eventbridge;

/** EventBridge refused some entries of a PutEvents call: the batch is to be sent again. */
public class EventBridgePublishFailed extends RuntimeException {

    public EventBridgePublishFailed(String message) {
        super(message);
    }
}
