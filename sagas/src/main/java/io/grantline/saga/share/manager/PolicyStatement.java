package io.grantline.saga.share.manager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement a share puts into a policy document, built up fluently: Sid, Effect Allow, the principals (none for
 * an identity policy; {@code "*"} alone is written as data.all writes it, {@code "Principal": "*"}), actions,
 * resources and conditions.
 */
public final class PolicyStatement {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String ANYONE = "*";

    private final String sid;
    private final List<String> principals;
    private final List<String> actions;
    private final List<String> resources;
    private final Map<String, Map<String, List<String>>> conditions;

    private PolicyStatement(String sid, List<String> principals, List<String> actions, List<String> resources,
                            Map<String, Map<String, List<String>>> conditions) {
        this.sid = sid;
        this.principals = principals;
        this.actions = actions;
        this.resources = resources;
        this.conditions = conditions;
    }

    public static PolicyStatement allow(String sid) {
        return new PolicyStatement(sid, null, List.of(), List.of(), Map.of());
    }

    public PolicyStatement principals(List<String> awsPrincipals) {
        return new PolicyStatement(sid, List.copyOf(awsPrincipals), actions, resources, conditions);
    }

    public PolicyStatement principal(String awsPrincipal) {
        return principals(List.of(awsPrincipal));
    }

    public PolicyStatement actions(List<String> actions) {
        return new PolicyStatement(sid, principals, List.copyOf(actions), resources, conditions);
    }

    public PolicyStatement resources(List<String> resources) {
        return new PolicyStatement(sid, principals, actions, List.copyOf(resources), conditions);
    }

    public PolicyStatement condition(String operator, String key, List<String> values) {
        Map<String, Map<String, List<String>>> more = new LinkedHashMap<>(conditions);
        Map<String, List<String>> keys = new LinkedHashMap<>(more.getOrDefault(operator, Map.of()));
        keys.put(key, List.copyOf(values));
        more.put(operator, keys);
        return new PolicyStatement(sid, principals, actions, resources, more);
    }

    public String sid() {
        return sid;
    }

    ObjectNode toNode() {
        ObjectNode node = NODES.objectNode();
        node.put("Sid", sid);
        node.put("Effect", "Allow");
        if (principals != null) {
            if (principals.equals(List.of(ANYONE))) {
                node.put("Principal", ANYONE);
            } else {
                node.putObject("Principal").set("AWS", array(principals));
            }
        }
        node.set("Action", array(actions));
        node.set("Resource", array(resources));
        if (!conditions.isEmpty()) {
            ObjectNode condition = node.putObject("Condition");
            conditions.forEach((operator, keys) -> {
                ObjectNode byKey = condition.putObject(operator);
                keys.forEach((key, values) -> byKey.set(key, array(values)));
            });
        }
        return node;
    }

    static ArrayNode array(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
