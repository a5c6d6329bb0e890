package io.grantline.opensearch.node;

import java.io.IOException;
import java.io.InputStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one single-node OpenSearch cluster bound to loopback until its parent process goes away.
 *
 * <p>Arguments: {@code <http port> <transport port> <base dir> <cluster name>}. Prints {@code OPENSEARCH READY} once the
 * cluster is yellow. The parent keeps this process's stdin open; when the parent exits, for whatever reason, stdin
 * closes and the node stops, so it can never outlive the application or a test run.
 */
public final class OpenSearchNodeMain {

    public static final String READY = "OPENSEARCH READY";

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) throws IOException {
        int httpPort = Integer.parseInt(args[0]);
        int transportPort = Integer.parseInt(args[1]);
        String baseDir = args[2];
        String clusterName = args[3];

        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> settings
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("node.store.allow_mmap", false)
                .put("action.auto_create_index", false)
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
        runner.build(new OpenSearchRunner.Configs()
                .basePath(baseDir)
                .numOfNode(1)
                .clusterName(clusterName)
                .disableESLogger());
        runner.ensureYellow();
        System.out.println(READY);
        System.out.flush();

        waitForParentToGo(System.in);
        runner.close();
        System.exit(0);
    }

    private static void waitForParentToGo(InputStream stdin) {
        try {
            while (stdin.read() != -1) {
                // the parent never writes; reading only tells when it has gone
            }
        } catch (IOException parentGone) {
            // a broken pipe means the same as end of input
        }
    }
}
