package io.grantline.app.cloud;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.TemplateLinks;
import io.grantline.cloud.local.LocalObjectStore;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local cloud's objects over HTTP, as S3 serves presigned URLs: no sign-in, the link's signature and expiry
 * are the authorization; refusals come as S3's XML errors.
 */
@RestController
@ConditionalOnProperty(name = PlatformWiring.PROVIDER, havingValue = "local", matchIfMissing = true)
public class LocalCloudObjectsController {

    private final LocalObjectStore objects;

    public LocalCloudObjectsController(LocalObjectStore objects) {
        this.objects = objects;
    }

    @GetMapping(LocalObjectStore.PATH + "{*key}")
    public ResponseEntity<byte[]> get(@PathVariable String key,
                                      @RequestParam(required = false) String expires,
                                      @RequestParam(required = false) String signature) {
        String objectKey = key.startsWith("/") ? key.substring(1) : key;
        try {
            byte[] content = objects.read(objectKey, expires, signature);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(TemplateLinks.contentTypeOf(objectKey)))
                    .body(content);
        } catch (CloudAccessDeniedException e) {
            return error(HttpStatus.FORBIDDEN, "AccessDenied", e.getMessage());
        } catch (CloudResourceNotFoundException e) {
            return error(HttpStatus.NOT_FOUND, "NoSuchKey", e.getMessage());
        } catch (CloudRequestFailedException e) {
            return error(HttpStatus.BAD_REQUEST, "InvalidArgument", e.getMessage());
        }
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error>";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML).body(xml.getBytes(StandardCharsets.UTF_8));
    }
}
