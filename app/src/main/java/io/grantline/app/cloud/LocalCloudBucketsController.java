package io.grantline.app.cloud;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.local.LocalDatasetBuckets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads into the local cloud's buckets, as S3 takes a presigned POST: a multipart form with the fields the
 * presigned answer gave (key, policy, x-amz-signature) and the file. No sign-in: the signed policy is the
 * authorization. Refusals come as S3's XML errors; success is S3's empty 204.
 */
@RestController
@ConditionalOnProperty(name = CloudWiring.PROVIDER, havingValue = "local", matchIfMissing = true)
public class LocalCloudBucketsController {

    private final LocalDatasetBuckets buckets;

    public LocalCloudBucketsController(LocalDatasetBuckets buckets) {
        this.buckets = buckets;
    }

    @PostMapping(path = LocalDatasetBuckets.PATH + "{bucket}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<byte[]> upload(@PathVariable String bucket,
                                         @RequestParam(required = false) String key,
                                         @RequestParam(required = false) String policy,
                                         @RequestParam(name = "x-amz-signature", required = false) String signature,
                                         @RequestParam(required = false) MultipartFile file) throws IOException {
        if (key == null || file == null) {
            return error(HttpStatus.BAD_REQUEST, "InvalidArgument", "Bucket POST must contain a key and a file");
        }
        try {
            buckets.acceptUpload(bucket, key, policy, signature, file.getBytes());
            return ResponseEntity.noContent().build();
        } catch (CloudAccessDeniedException e) {
            return error(HttpStatus.FORBIDDEN, "AccessDenied", e.getMessage());
        } catch (CloudResourceNotFoundException e) {
            return error(HttpStatus.NOT_FOUND, "NoSuchBucket", e.getMessage());
        } catch (CloudRequestFailedException e) {
            return error(HttpStatus.BAD_REQUEST, "InvalidArgument", e.getMessage());
        }
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML)
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }
}
