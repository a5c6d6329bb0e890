package io.grantline.app.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.app.api.ApiTest;
import io.grantline.cloud.local.LocalBucketFolders;
import io.grantline.cloud.local.LocalBucketPolicies;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The local cloud's access check and its drift injection over HTTP. */
class LocalCloudAccessApiTest extends ApiTest {

    static final String ACCOUNT = "123412341234";
    static final String ROLE_ARN = "arn:aws:iam::567856785678:role/dataall-analysts";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    LocalBucketFolders buckets;
    @Autowired
    LocalBucketPolicies bucketPolicies;
    String bucket;
    String token;

    @BeforeEach
    void bucket() {
        bucket = unique("shared-bucket");
        buckets.create(bucket);
        token = signIn("analyst@example.com", "Analysts").token;
    }

    @Test
    void objectBecomesReadableOnceTheBucketPolicyGrantsIt() throws Exception {
        String check = "/local-cloud/access-check?principalArn=" + encode(ROLE_ARN) + "&bucket=" + bucket
                + "&key=raw/sales.csv";
        assertThat(send("GET", check, token).body()).isEqualTo("{\"allowed\":false}");

        bucketPolicies.putPolicy(ACCOUNT, "eu-west-1", bucket, """
                {"Version": "2012-10-17", "Statement": [{"Sid": "DataAll-Bucket-ReadOnly", "Effect": "Allow",
                  "Principal": {"AWS": ["%s"]}, "Action": ["s3:List*", "s3:GetObject"],
                  "Resource": ["arn:aws:s3:::%s", "arn:aws:s3:::%s/*"]}]}""".formatted(ROLE_ARN, bucket, bucket));

        assertThat(send("GET", check, token).body()).isEqualTo("{\"allowed\":true}");
    }

    @Test
    void tableTheAccountDoesNotHaveIsNotReadable() throws Exception {
        HttpResponse<String> response = send("GET", "/local-cloud/access-check?principalArn=" + encode(ROLE_ARN)
                + "&account=" + ACCOUNT + "&region=eu-west-1&database=sales_shared&table=orders", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"allowed\":false}");
    }

    @Test
    void removingGrantsAnswersHowManyWent() throws Exception {
        HttpResponse<String> response = send("DELETE", "/local-cloud/lakeformation/grants?principal="
                + encode(ROLE_ARN) + "&account=" + ACCOUNT + "&region=eu-west-1&database=sales&table=orders", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"removed\":0}");
    }

    @Test
    void accessCheckWithoutSignInIsRefused() throws Exception {
        assertThat(send("GET", "/local-cloud/access-check?principalArn=" + encode(ROLE_ARN) + "&bucket=" + bucket
                + "&key=raw/sales.csv", null).statusCode()).isEqualTo(401);
    }

    @Test
    void accessCheckOfSomethingThatIsNotAPrincipalIsABadRequest() throws Exception {
        assertThat(send("GET", "/local-cloud/access-check?principalArn=analysts&bucket=" + bucket
                + "&key=raw/sales.csv", token).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/local-cloud/access-check?principalArn=" + encode(ROLE_ARN)
                + "&account=12&region=eu-west-1&database=sales&table=orders", token).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> send(String method, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
