package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudRequestFailedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CloudFormation template as the local cloud deploys it: each resource gets a physical id (the name the
 * template gives it, else a stable generated one) and the outputs it can resolve are computed: literals,
 * {@code Ref}, {@code Fn::GetAtt ... Arn}, {@code Fn::Join} of these and the pseudo parameters.
 */
final class TemplateInterpreter {

    static final String BUCKET = "AWS::S3::Bucket";
    static final String ROLE = "AWS::IAM::Role";
    static final String WORKGROUP = "AWS::Athena::WorkGroup";
    static final String KMS_ALIAS = "AWS::KMS::Alias";
    static final String GLUE_DATABASE = "AWS::Glue::Database";
    static final String GLUE_CRAWLER = "AWS::Glue::Crawler";
    static final String GLUE_JOB = "AWS::Glue::Job";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> NAME_PROPERTIES = Map.of(BUCKET, List.of("BucketName"),
            ROLE, List.of("RoleName"), WORKGROUP, List.of("Name"), KMS_ALIAS, List.of("AliasName"),
            GLUE_DATABASE, List.of("DatabaseInput", "Name"), GLUE_CRAWLER, List.of("Name"), GLUE_JOB, List.of("Name"));

    record Resource(String logicalId, String type, String physicalId, String arn) {
    }

    /** The template's resources and resolved outputs; {@link #property} resolves the resources' properties. */
    record Interpreted(List<Resource> resources, Map<String, String> outputs, JsonNode template, Scope scope) {

        List<String> bucketNames() {
            return ofType(BUCKET).stream().map(Resource::physicalId).toList();
        }

        List<Resource> ofType(String... types) {
            List<String> wanted = List.of(types);
            return resources.stream().filter(r -> wanted.contains(r.type())).toList();
        }

        /** A property of the resource, at a path of property names and array indexes, when it resolves. */
        Optional<String> property(Resource resource, String... path) {
            return scope.resolve(at(resource, path));
        }

        /** The entries of an object property of the resource that resolve, such as a job's DefaultArguments. */
        Map<String, String> properties(Resource resource, String... path) {
            Map<String, String> entries = new LinkedHashMap<>();
            at(resource, path).fields().forEachRemaining(entry ->
                    scope.resolve(entry.getValue()).ifPresent(value -> entries.put(entry.getKey(), value)));
            return entries;
        }

        private JsonNode at(Resource resource, String... path) {
            JsonNode value = template.path("Resources").path(resource.logicalId()).path("Properties");
            for (String step : path) {
                value = value.isArray() && step.chars().allMatch(Character::isDigit)
                        ? value.path(Integer.parseInt(step)) : value.path(step);
            }
            return value;
        }
    }

    private TemplateInterpreter() {
    }

    static Interpreted interpret(String templateJson, String accountId, String region, String stackName) {
        JsonNode template = parse(templateJson);
        Map<String, Resource> resources = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = template.path("Resources").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String type = entry.getValue().path("Type").asText(null);
            if (type == null) {
                throw new CloudRequestFailedException("Template format error: resource " + entry.getKey()
                        + " has no Type");
            }
            resources.put(entry.getKey(), resource(entry.getKey(), type, entry.getValue().path("Properties"),
                    accountId, region, stackName));
        }
        Scope scope = new Scope(resources, accountId, region, stackName);
        Map<String, String> outputs = new LinkedHashMap<>();
        template.path("Outputs").fields().forEachRemaining(output ->
                scope.resolve(output.getValue().path("Value")).ifPresent(value -> outputs.put(output.getKey(), value)));
        return new Interpreted(List.copyOf(resources.values()), outputs, template, scope);
    }

    /** The logical ids of the resources a stack deletion leaves in the account ({@code DeletionPolicy: Retain}). */
    static Set<String> retainedLogicalIds(String templateJson) {
        Set<String> retained = new HashSet<>();
        parse(templateJson).path("Resources").fields().forEachRemaining(resource -> {
            if ("Retain".equals(resource.getValue().path("DeletionPolicy").asText())) {
                retained.add(resource.getKey());
            }
        });
        return retained;
    }

    private static JsonNode parse(String templateJson) {
        try {
            JsonNode template = JSON.readTree(templateJson);
            if (template == null || !template.isObject() || !template.path("Resources").isObject()) {
                throw new CloudRequestFailedException("Template format error: the template has no Resources");
            }
            return template;
        } catch (JsonProcessingException e) {
            throw new CloudRequestFailedException("Template format error: not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Resource resource(String logicalId, String type, JsonNode properties, String accountId,
                                     String region, String stackName) {
        List<String> namePath = NAME_PROPERTIES.get(type);
        JsonNode given = null;
        if (namePath != null) {
            given = properties;
            for (String step : namePath) {
                given = given.path(step);
            }
        }
        String physicalId = given != null && given.isTextual() ? given.asText()
                : generatedName(type, logicalId, accountId, stackName);
        String arn = switch (type) {
            case BUCKET -> "arn:aws:s3:::" + physicalId;
            case ROLE -> "arn:aws:iam::" + accountId + ":role/" + physicalId;
            case WORKGROUP -> "arn:aws:athena:" + region + ":" + accountId + ":workgroup/" + physicalId;
            case KMS_ALIAS -> "arn:aws:kms:" + region + ":" + accountId + ":" + physicalId;
            case GLUE_DATABASE -> "arn:aws:glue:" + region + ":" + accountId + ":database/" + physicalId;
            case GLUE_CRAWLER -> "arn:aws:glue:" + region + ":" + accountId + ":crawler/" + physicalId;
            case GLUE_JOB -> "arn:aws:glue:" + region + ":" + accountId + ":job/" + physicalId;
            default -> null;
        };
        return new Resource(logicalId, type, physicalId, arn);
    }

    // CloudFormation's generated names: stack name, logical id and a suffix that stays the same across updates.
    private static String generatedName(String type, String logicalId, String accountId, String stackName) {
        String suffix = stableSuffix(accountId + "/" + stackName + "/" + logicalId);
        String name = stackName + "-" + logicalId;
        if (BUCKET.equals(type)) {
            name = name.toLowerCase();
            return truncate(name, 63 - suffix.length() - 1) + "-" + suffix.toLowerCase();
        }
        int max = ROLE.equals(type) ? 64 : 128;
        return truncate(name, max - suffix.length() - 1) + "-" + suffix;
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static String stableSuffix(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6).toUpperCase();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    record Scope(Map<String, Resource> resources, String accountId, String region, String stackName) {

        Optional<String> resolve(JsonNode value) {
            if (value == null || value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (value.isValueNode()) {
                return Optional.of(value.asText());
            }
            if (value.isObject() && value.size() == 1) {
                if (value.has("Ref")) {
                    return ref(value.get("Ref").asText());
                }
                if (value.has("Fn::GetAtt")) {
                    return getAtt(value.get("Fn::GetAtt"));
                }
                if (value.has("Fn::Join")) {
                    return join(value.get("Fn::Join"));
                }
            }
            return Optional.empty();
        }

        private Optional<String> ref(String name) {
            return switch (name) {
                case "AWS::AccountId" -> Optional.of(accountId);
                case "AWS::Region" -> Optional.of(region);
                case "AWS::Partition" -> Optional.of("aws");
                case "AWS::URLSuffix" -> Optional.of("amazonaws.com");
                case "AWS::StackName" -> Optional.of(stackName);
                default -> Optional.ofNullable(resources.get(name)).map(Resource::physicalId);
            };
        }

        private Optional<String> getAtt(JsonNode arguments) {
            if (!arguments.isArray() || arguments.size() != 2 || !"Arn".equals(arguments.get(1).asText())) {
                return Optional.empty();
            }
            return Optional.ofNullable(resources.get(arguments.get(0).asText())).map(Resource::arn);
        }

        private Optional<String> join(JsonNode arguments) {
            if (!arguments.isArray() || arguments.size() != 2 || !arguments.get(1).isArray()) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            for (JsonNode part : arguments.get(1)) {
                Optional<String> resolved = resolve(part);
                if (resolved.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(resolved.get());
            }
            return Optional.of(String.join(arguments.get(0).asText(), parts));
        }
    }
}
