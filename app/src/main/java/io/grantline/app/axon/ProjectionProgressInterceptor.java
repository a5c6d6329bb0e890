package io.grantline.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Records, in the projection's own transaction, that an aggregate's event has been projected. */
public class ProjectionProgressInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processingGroup;
    private final ProjectionProgress progress;

    public ProjectionProgressInterceptor(String processingGroup, ProjectionProgress progress) {
        this.processingGroup = processingGroup;
        this.progress = progress;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
            progress.record(processingGroup, event.getAggregateIdentifier(), event.getSequenceNumber());
        }
        return result;
    }
}
