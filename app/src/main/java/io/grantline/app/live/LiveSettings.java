package io.grantline.app.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * grantline.live: subscriberBuffer is how many pushes one subscriber may fall behind before it is ended; queue how
 * many events wait for the hub before new ones are dropped (the event processing never waits for subscribers);
 * readModelWait how long a push waits for the read model to project its event.
 */
@ConfigurationProperties(prefix = "grantline.live")
public record LiveSettings(Integer subscriberBuffer, Integer queue, Duration readModelWait) {

    public LiveSettings {
        subscriberBuffer = subscriberBuffer == null ? 256 : subscriberBuffer;
        queue = queue == null ? 10_000 : queue;
        readModelWait = readModelWait == null ? Duration.ofSeconds(10) : readModelWait;
    }
}
