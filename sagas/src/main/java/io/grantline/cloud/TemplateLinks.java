package io.grantline.cloud;

/**
 * The platform's own object store for the templates it hands out (an S3 bucket on AWS), and presigned links to
 * them: a link downloads the object without other credentials until it expires.
 */
public interface TemplateLinks {

    /** Keeps the content under the key, replacing what was there, and answers a presigned link to download it. */
    String publish(String key, String content);

    /** The media type an object is served with, by the extension of its key. */
    static String contentTypeOf(String key) {
        return key.endsWith(".yaml") || key.endsWith(".yml") ? "text/yaml; charset=utf-8"
                : key.endsWith(".json") ? "application/json" : "application/octet-stream";
    }
}
