package io.grantline.saga.share.manager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.cloud.CloudRequestFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An IAM policy document (bucket, access point, KMS key or managed policy) edited statement by statement, found by
 * Sid. Elements AWS accepts as one string or as a list (Principal.AWS, Action, Resource, condition values) are read
 * either way and written back as lists once edited; statements and fields no share made are kept as they are, so
 * two shares of one bucket or key keep each other's entries.
 */
public final class PolicyDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "2012-10-17";

    private final ObjectNode root;
    private final JsonNode original;

    private PolicyDocument(ObjectNode root) {
        this.root = root;
        this.original = root.deepCopy();
    }

    /** A document with no statements. */
    public static PolicyDocument empty() {
        ObjectNode root = JSON.createObjectNode();
        root.put("Version", VERSION);
        root.putArray("Statement");
        return new PolicyDocument(root);
    }

    /** The document; an empty one when there is none. */
    public static PolicyDocument parse(Optional<String> json) {
        return json.map(PolicyDocument::parse).orElseGet(PolicyDocument::empty);
    }

    /** The document; an empty one for null or blank text. */
    public static PolicyDocument parse(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CloudRequestFailedException("The policy document is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new CloudRequestFailedException("The policy document is not a JSON object");
        }
        ObjectNode root = (ObjectNode) node;
        JsonNode statements = root.get("Statement");
        if (statements == null || statements.isNull()) {
            root.putArray("Statement");
        } else if (statements.isObject()) {
            root.putArray("Statement").add(statements);
        }
        if (!root.has("Version")) {
            root.put("Version", VERSION);
        }
        return new PolicyDocument(root);
    }

    public boolean has(String sid) {
        return statement(sid).isPresent();
    }

    /** Whether the document holds no statement at all. */
    public boolean isEmpty() {
        return statements().isEmpty();
    }

    public List<String> sids() {
        List<String> sids = new ArrayList<>();
        statements().forEach(statement -> sids.add(statement.path("Sid").asText(null)));
        return sids;
    }

    /** The AWS principals the statement names ({@code *} for anyone); empty when there is no such statement. */
    public List<String> principals(String sid) {
        return statement(sid).map(PolicyDocument::principalsOf).orElse(List.of());
    }

    public List<String> actions(String sid) {
        return statement(sid).map(statement -> texts(statement.get("Action"))).orElse(List.of());
    }

    public List<String> resources(String sid) {
        return statement(sid).map(statement -> texts(statement.get("Resource"))).orElse(List.of());
    }

    public List<String> conditionValues(String sid, String operator, String key) {
        return statement(sid).map(statement -> texts(statement.path("Condition").path(operator).get(key)))
                .orElse(List.of());
    }

    /** Puts the statement in place of the one with its Sid, or last when there is none. */
    public void put(PolicyStatement statement) {
        ObjectNode node = statement.toNode();
        ArrayNode statements = statementArray();
        for (int index = 0; index < statements.size(); index++) {
            if (statement.sid().equals(statements.get(index).path("Sid").asText(null))) {
                statements.set(index, node);
                return;
            }
        }
        statements.add(node);
    }

    /** Adds the statement unless one with its Sid is there (whatever that one says). */
    public void putIfAbsent(PolicyStatement statement) {
        if (!has(statement.sid())) {
            put(statement);
        }
    }

    public void remove(String sid) {
        ArrayNode statements = statementArray();
        for (int index = statements.size() - 1; index >= 0; index--) {
            if (sid.equals(statements.get(index).path("Sid").asText(null))) {
                statements.remove(index);
            }
        }
    }

    /**
     * Adds the principal to the statement with the template's Sid, which is made from the template (with only this
     * principal) when missing; the template's actions that the statement lacks are added too.
     */
    public void addPrincipal(PolicyStatement template, String principal) {
        Optional<ObjectNode> existing = statement(template.sid());
        if (existing.isEmpty()) {
            put(template.principal(principal));
            return;
        }
        ObjectNode statement = existing.get();
        List<String> principals = principalsOf(statement);
        if (!principals.contains(principal)) {
            List<String> more = new ArrayList<>(principals);
            more.add(principal);
            JsonNode named = statement.get("Principal");
            if (named != null && named.isObject()) {
                ((ObjectNode) named).set("AWS", PolicyStatement.array(more));
            } else {
                statement.putObject("Principal").set("AWS", PolicyStatement.array(more));
            }
        }
        addAll(statement, "Action", template.toNode().get("Action"));
    }

    /** Takes the principal out of the statement; drops the statement when no principal is left. */
    public void removePrincipal(String sid, String principal) {
        statement(sid).ifPresent(statement -> {
            JsonNode named = statement.get("Principal");
            if (named == null || !named.isObject()) {
                return;
            }
            List<String> principals = new ArrayList<>(texts(named.get("AWS")));
            if (!principals.remove(principal)) {
                return;
            }
            if (principals.isEmpty()) {
                remove(sid);
            } else {
                ((ObjectNode) named).set("AWS", PolicyStatement.array(principals));
            }
        });
    }

    /**
     * Adds the resources to the statement with the template's Sid, which is made from the template (with only these
     * resources) when missing; the template's actions that the statement lacks are added too.
     */
    public void addResources(PolicyStatement template, List<String> resources) {
        Optional<ObjectNode> existing = statement(template.sid());
        if (existing.isEmpty()) {
            put(template.resources(resources));
            return;
        }
        addAll(existing.get(), "Resource", PolicyStatement.array(resources));
        addAll(existing.get(), "Action", template.toNode().get("Action"));
    }

    /** Takes the resources out of the statement; drops the statement when no resource is left. */
    public void removeResources(String sid, List<String> resources) {
        statement(sid).ifPresent(statement -> {
            List<String> left = new ArrayList<>(texts(statement.get("Resource")));
            if (!left.removeAll(resources)) {
                return;
            }
            if (left.isEmpty()) {
                remove(sid);
            } else {
                statement.set("Resource", PolicyStatement.array(left));
            }
        });
    }

    /** Adds a value to one condition of the statement (which must exist), making the condition if needed. */
    public void addConditionValue(String sid, String operator, String key, String value) {
        statement(sid).ifPresent(statement -> {
            ObjectNode byKey = statement.withObjectProperty("Condition").withObjectProperty(operator);
            List<String> values = new ArrayList<>(texts(byKey.get(key)));
            if (!values.contains(value)) {
                values.add(value);
                byKey.set(key, PolicyStatement.array(values));
            }
        });
    }

    /** Takes a value out of one condition of the statement; answers the values left. */
    public List<String> removeConditionValue(String sid, String operator, String key, String value) {
        Optional<ObjectNode> existing = statement(sid);
        if (existing.isEmpty()) {
            return List.of();
        }
        JsonNode byKey = existing.get().path("Condition").path(operator);
        List<String> values = new ArrayList<>(texts(byKey.get(key)));
        if (values.remove(value)) {
            ((ObjectNode) byKey).set(key, PolicyStatement.array(values));
        }
        return values;
    }

    /** Whether an edit changed the document since it was read (formatting and key order aside). */
    public boolean changed() {
        return !root.equals(original);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A policy document always serializes", e);
        }
    }

    @Override
    public String toString() {
        return toJson();
    }

    private List<JsonNode> statements() {
        List<JsonNode> statements = new ArrayList<>();
        statementArray().forEach(statements::add);
        return statements;
    }

    private ArrayNode statementArray() {
        return (ArrayNode) root.get("Statement");
    }

    private Optional<ObjectNode> statement(String sid) {
        for (JsonNode statement : statementArray()) {
            if (statement.isObject() && sid.equals(statement.path("Sid").asText(null))) {
                return Optional.of((ObjectNode) statement);
            }
        }
        return Optional.empty();
    }

    private static List<String> principalsOf(JsonNode statement) {
        JsonNode principal = statement.get("Principal");
        if (principal == null) {
            return List.of();
        }
        return principal.isTextual() ? List.of(principal.asText()) : texts(principal.get("AWS"));
    }

    private static void addAll(ObjectNode statement, String element, JsonNode additions) {
        List<String> values = new ArrayList<>(texts(statement.get(element)));
        boolean added = false;
        for (String value : texts(additions)) {
            if (!values.contains(value)) {
                values.add(value);
                added = true;
            }
        }
        if (added) {
            statement.set(element, PolicyStatement.array(values));
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }
}
