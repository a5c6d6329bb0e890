package io.grantline.app.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The OpenSearch client the catalog uses: the embedded node when no URL is configured (local profile and tests),
 * otherwise the configured cluster, signed with SigV4 when it is Amazon OpenSearch Service.
 */
@Configuration(proxyBeanMethods = false)
public class OpenSearchConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${grantline.opensearch.url:}'.isEmpty()")
    EmbeddedOpenSearch embeddedOpenSearch(@Value("${grantline.opensearch.data-dir}") Path dataDir,
                                          @Value("${grantline.opensearch.heap:512m}") String heap,
                                          @Value("${grantline.opensearch.clean:false}") boolean clean,
                                          @Value("${grantline.opensearch.start-timeout:PT2M}") Duration timeout) {
        EmbeddedOpenSearch node = EmbeddedOpenSearch.start(dataDir, heap, clean, timeout);
        LOG.info("Embedded OpenSearch 2.19 at {} with data in {}", node.url(), dataDir.toAbsolutePath());
        return node;
    }

    @Bean(destroyMethod = "close")
    OpenSearchTransport openSearchTransport(@Value("${grantline.opensearch.url:}") String configuredUrl,
                                            @Value("${grantline.opensearch.aws-signing:false}") boolean awsSigning,
                                            @Value("${grantline.opensearch.region:}") String region,
                                            ObjectProvider<EmbeddedOpenSearch> embedded) {
        String url = configuredUrl.isEmpty() ? embedded.getObject().url() : configuredUrl;
        if (awsSigning) {
            return awsSigned(URI.create(url), region);
        }
        return ApacheHttpClient5TransportBuilder.builder(HttpHost.create(URI.create(url)))
                .setMapper(new JacksonJsonpMapper())
                .build();
    }

    @Bean
    OpenSearchClient openSearchClient(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    private static OpenSearchTransport awsSigned(URI url, String region) {
        SdkHttpClient http = Apache5HttpClient.builder().build();
        return new AwsSdk2Transport(http, url.getHost(), "es", Region.of(region),
                AwsSdk2TransportOptions.builder().setMapper(new JacksonJsonpMapper()).build());
    }
}
