package io.grantline.app.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One OpenSearch node in a child JVM (app/opensearch-node), bound to loopback on free ports, its data under the
 * given folder. The child reads its stdin until it closes, so it stops with this JVM however this JVM ends.
 */
public final class EmbeddedOpenSearch implements AutoCloseable {

    static final String NODE_MAIN = "io.grantline.opensearch.node.OpenSearchNodeMain";
    private static final String NODE_MAIN_CLASS_FILE = NODE_MAIN.replace('.', '/') + ".class";
    private static final String NODE_CLASSPATH = "opensearch-node.classpath";
    private static final String READY = "OPENSEARCH READY";

    private final Process process;
    private final int httpPort;
    private final Path baseDir;

    private EmbeddedOpenSearch(Process process, int httpPort, Path baseDir) {
        this.process = process;
        this.httpPort = httpPort;
        this.baseDir = baseDir;
    }

    /** Starts the node and waits until its cluster is yellow; clean drops the data a previous run left. */
    public static EmbeddedOpenSearch start(Path baseDir, String heap, boolean clean, Duration startTimeout) {
        try {
            if (clean) {
                deleteRecursively(baseDir.resolve("node_1"));
            }
            Files.createDirectories(baseDir);
            int httpPort = freePort();
            int transportPort = freePort();
            Process process = new ProcessBuilder(javaExecutable(), "-Xms" + heap, "-Xmx" + heap,
                    "-Dlog4j2.disable.jmx=true", "-cp", classpath(baseDir), NODE_MAIN,
                    String.valueOf(httpPort), String.valueOf(transportPort), baseDir.toAbsolutePath().toString(),
                    "grantline")
                    .redirectErrorStream(true)
                    .start();
            EmbeddedOpenSearch node = new EmbeddedOpenSearch(process, httpPort, baseDir);
            node.awaitReady(startTimeout);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be started under " + baseDir, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path baseDir() {
        return baseDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** 0 when the node stopped on its own once its input closed; a forced stop ends it with a signal's code. */
    public int exitCode() {
        return process.exitValue();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the node's output to node.log and completes when the node says it is ready. */
    private void awaitReady(Duration timeout) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Path log = baseDir.resolve("node.log");
        Thread copier = new Thread(() -> copyOutput(process.getInputStream(), log, ready), "opensearch-node-log");
        copier.setDaemon(true);
        copier.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            close();
            throw new IllegalStateException("OpenSearch did not start within " + timeout + "; see " + log, e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while OpenSearch started", e);
        }
    }

    private static void copyOutput(InputStream output, Path log, CompletableFuture<Void> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING))) {
            String line;
            while ((line = lines.readLine()) != null) {
                file.println(line);
                file.flush();
                if (line.contains(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("OpenSearch exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /**
     * The node's main class is copied out of this application's classpath, because inside the executable jar it
     * sits in a nested jar a child JVM cannot read; the OpenSearch jars are where Maven put them.
     */
    private static String classpath(Path baseDir) throws IOException {
        ClassLoader loader = EmbeddedOpenSearch.class.getClassLoader();
        Path classes = baseDir.resolve("launcher-classes");
        Path mainClass = classes.resolve(NODE_MAIN_CLASS_FILE);
        Files.createDirectories(mainClass.getParent());
        try (InputStream in = loader.getResourceAsStream(NODE_MAIN_CLASS_FILE);
             InputStream cp = loader.getResourceAsStream(NODE_CLASSPATH)) {
            if (in == null || cp == null) {
                throw new IllegalStateException("the opensearch-node module is not on the classpath");
            }
            Files.write(mainClass, in.readAllBytes());
            String nodeClasspath = new String(cp.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> missing = List.of(nodeClasspath.split(java.io.File.pathSeparator)).stream()
                    .filter(jar -> !Files.exists(Path.of(jar))).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("OpenSearch's jars are missing from the local Maven repository ("
                        + missing.get(0) + ", ...): build once with ./mvnw install");
            }
            return classes.toAbsolutePath() + java.io.File.pathSeparator + nodeClasspath;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
