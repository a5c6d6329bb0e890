package io.grantline.cdk;

import io.grantline.cdk.dataset.DatasetStack;
import io.grantline.cdk.dataset.DatasetStackProps;
import io.grantline.cdk.environment.EnvironmentStack;
import io.grantline.cdk.environment.EnvironmentStackProps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * Synthesizes stacks in-process into CloudFormation template JSON, remembering recent templates because a
 * synthesis takes seconds.
 */
public final class StackSynthesizer {

    public static final int DEFAULT_CACHED_TEMPLATES = 64;

    // jsii drives a single Node.js process per JVM and is not safe for concurrent use, so all synths share one lock.
    private static final Object SYNTH_LOCK = new Object();

    private final Path scratchRoot;
    private final Map<EnvironmentStackProps, String> environmentTemplates;
    private final Map<DatasetStackProps, String> datasetTemplates;
    private final AtomicInteger synthesisCount = new AtomicInteger();

    public StackSynthesizer() {
        this(DEFAULT_CACHED_TEMPLATES);
    }

    public StackSynthesizer(int maxCachedTemplates) {
        this(Path.of(System.getProperty("java.io.tmpdir")), maxCachedTemplates);
    }

    StackSynthesizer(Path scratchRoot, int maxCachedTemplates) {
        if (maxCachedTemplates < 1) {
            throw new IllegalArgumentException("maxCachedTemplates must be at least 1, was " + maxCachedTemplates);
        }
        this.scratchRoot = Require.notNull(scratchRoot, "scratchRoot");
        this.environmentTemplates = Collections.synchronizedMap(new LeastRecentlyUsed<>(maxCachedTemplates));
        this.datasetTemplates = Collections.synchronizedMap(new LeastRecentlyUsed<>(maxCachedTemplates));
    }

    public String synthesizeEnvironment(EnvironmentStackProps props) {
        Require.notNull(props, "props");
        return remembered(environmentTemplates, props, props.stackName(), app -> new EnvironmentStack(app, props));
    }

    public String synthesizeDataset(DatasetStackProps props) {
        Require.notNull(props, "props");
        return remembered(datasetTemplates, props, props.stackName(), app -> new DatasetStack(app, props));
    }

    /** How many times a template was actually synthesized rather than taken from the cache. */
    public int synthesisCount() {
        return synthesisCount.get();
    }

    private <P> String remembered(Map<P, String> templates, P props, String stackName, Consumer<App> defineStack) {
        String cached = templates.get(props);
        if (cached != null) {
            return cached;
        }
        synchronized (SYNTH_LOCK) {
            // Another thread may have synthesized the same props while this one waited for the lock.
            cached = templates.get(props);
            if (cached != null) {
                return cached;
            }
            String template = synthesize(stackName, defineStack);
            templates.put(props, template);
            return template;
        }
    }

    private String synthesize(String stackName, Consumer<App> defineStack) {
        Path outdir = createScratchDirectory();
        try {
            App app = App.Builder.create().outdir(outdir.toString()).analyticsReporting(false).build();
            defineStack.accept(app);
            CloudAssembly assembly = app.synth();
            String template = Files.readString(Path.of(assembly.getStackByName(stackName).getTemplateFullPath()));
            synthesisCount.incrementAndGet();
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the template of stack " + stackName, e);
        } finally {
            deleteRecursively(outdir);
        }
    }

    private Path createScratchDirectory() {
        try {
            Files.createDirectories(scratchRoot);
            return Files.createTempDirectory(scratchRoot, "grantline-cdk-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a cloud assembly directory under " + scratchRoot, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover scratch directory must not fail a synthesis that succeeded.
            directory.toFile().deleteOnExit();
        }
    }

    private static final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

        private final int capacity;

        LeastRecentlyUsed(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
