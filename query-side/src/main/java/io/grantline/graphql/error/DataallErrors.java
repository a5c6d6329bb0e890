package io.grantline.graphql.error;

import com.netflix.graphql.types.errors.ErrorType;
import com.netflix.graphql.types.errors.TypedGraphQLError;
import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.grantline.api.error.DataallException;
import io.grantline.api.error.UnauthorizedOperation;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns refusals into GraphQL errors worded as data.all words them (the message names the error code,
 * the field and the problem); anything unexpected becomes a generic error and is logged.
 */
@Component
public class DataallErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DataallErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        GraphQLError error;
        if (cause instanceof DataallException refusal) {
            error = TypedGraphQLError.newBuilder()
                    .errorType(refusal instanceof UnauthorizedOperation ? ErrorType.PERMISSION_DENIED
                            : ErrorType.BAD_REQUEST)
                    .message(refusal.getMessage())
                    .path(parameters.getPath())
                    .location(parameters.getSourceLocation())
                    .extensions(extensions(refusal))
                    .build();
        } else {
            LOG.error("Operation {} failed", parameters.getPath(), cause);
            error = TypedGraphQLError.newBuilder()
                    .errorType(ErrorType.INTERNAL)
                    .message("An error occurred (InternalError) when calling " + parameters.getPath()
                            + " operation:\n" + cause.getClass().getSimpleName() + ": " + cause.getMessage())
                    .path(parameters.getPath())
                    .location(parameters.getSourceLocation())
                    .build();
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
    }

    /** data.all's code, and beside it (a Grantline addition) the input field a refusal concerns. */
    private static Map<String, Object> extensions(DataallException refusal) {
        return refusal.field()
                .<Map<String, Object>>map(field -> Map.of("code", refusal.code(), "field", field))
                .orElse(Map.of("code", refusal.code()));
    }

    static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof HandlerExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
