package io.grantline.app.api.environment;

import org.junit.jupiter.api.Test;

class ScratchStackProbeTest extends EnvironmentApiSupport {

    @Test
    void probe() throws Exception {
        for (int i = 0; i < 40; i++) {
            System.out.println("PROBE " + get(owner, environmentUri).body());
            System.out.println("PROBE stack " + owner.graphql("query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status error } } }", "uri", environmentUri).body());
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(1000);
        }
    }
}
