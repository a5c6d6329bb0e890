package io.grantline.cloud.aws;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.CloudTimeoutException;
import io.grantline.cloud.StackBusyException;
import java.net.SocketTimeoutException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns the SDK's exceptions into the ports' typed failures, by AWS error code. */
final class AwsErrors {

    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled", "SlowDown",
            "RequestThrottledException", "ProvisionedThroughputExceededException");
    // Glue's "busy" answers: the crawler or job is still running, or the table changed under the update
    private static final Set<String> BUSY = Set.of("CrawlerRunningException", "ConcurrentRunsExceededException",
            "ConcurrentModificationException");
    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "InvalidClientTokenId", "ExpiredToken", "ExpiredTokenException",
            "SignatureDoesNotMatch", "UnrecognizedClientException", "InsufficientCapabilitiesException");
    private static final Set<String> NOT_FOUND = Set.of("NoSuchEntity", "NotFoundException", "StackNotFoundException",
            "ResourceNotFoundException", "EntityNotFoundException", "NoSuchBucket", "NoSuchKey", "NotFound",
            "NoSuchAccessPoint", "UnknownResourceException");

    private AwsErrors() {
    }

    static CloudException translate(String call, SdkException failure) {
        String context = call + ": ";
        if (failure instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null || service.awsErrorDetails().errorCode() == null ? ""
                    : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null ? service.getMessage()
                    : service.awsErrorDetails().errorMessage();
            String text = context + code + ": " + message;
            if (THROTTLING.contains(code) || BUSY.contains(code) || service.isThrottlingException()) {
                return new CloudThrottledException(text, failure);
            }
            if (ACCESS_DENIED.contains(code)) {
                return new CloudAccessDeniedException(text, failure);
            }
            if (NOT_FOUND.contains(code) || (message != null && message.contains("does not exist"))) {
                return new CloudResourceNotFoundException(text, failure);
            }
            if (message != null && message.contains("_IN_PROGRESS state and can not be updated")) {
                return new StackBusyException(text, failure);
            }
            if (service.statusCode() >= 500) {
                return new CloudTimeoutException(text, failure);
            }
            return new CloudRequestFailedException(text, failure);
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException
                || (failure instanceof SdkClientException && causedByTimeout(failure))) {
            return new CloudTimeoutException(context + failure.getMessage(), failure);
        }
        if (failure instanceof SdkClientException) {
            // the service could not be reached at all (connection refused, DNS): like a timeout, worth a retry
            return new CloudTimeoutException(context + failure.getMessage(), failure);
        }
        return new CloudRequestFailedException(context + failure.getMessage(), failure);
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
