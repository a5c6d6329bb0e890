package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudRequestFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IAM policy evaluation as far as the local cloud needs it to answer who may read what: statements with Effect,
 * Action/NotAction, Resource/NotResource, Principal (resource policies) and the String and Arn condition
 * operators; {@code *} and {@code ?} wildcards; an explicit Deny wins over any Allow. Condition keys the request
 * does not carry make a positive condition false, as in IAM.
 */
final class LocalPolicyEvaluator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    enum Decision {
        ALLOW, DENY, NOT_ALLOWED
    }

    /** One call to authorize; context holds the condition keys (aws:PrincipalArn, s3:DataAccessPointArn, ...). */
    record Request(String principalArn, String action, String resource, Map<String, String> context) {

        Request {
            context = Map.copyOf(context);
        }
    }

    private LocalPolicyEvaluator() {
    }

    /** The document, parsed; AWS' MalformedPolicy refusal when it is not a policy. */
    static JsonNode parse(String policyJson) {
        JsonNode document;
        try {
            document = policyJson == null ? null : JSON.readTree(policyJson);
        } catch (JsonProcessingException e) {
            throw new CloudRequestFailedException("MalformedPolicy: the policy is not valid JSON", e);
        }
        if (document == null || !document.isObject() || !document.has("Statement")) {
            throw new CloudRequestFailedException("MalformedPolicy: a policy must have a Statement");
        }
        return document;
    }

    /** A resource policy (bucket, access point): statements must name the principal. */
    static Decision evaluateResourcePolicy(String policyJson, Request request) {
        return evaluate(policyJson, request, true);
    }

    /** An identity policy (attached to the principal): statements apply to it without naming it. */
    static Decision evaluateIdentityPolicies(List<String> policyJsons, Request request) {
        Decision decision = Decision.NOT_ALLOWED;
        for (String policyJson : policyJsons) {
            Decision one = evaluate(policyJson, request, false);
            if (one == Decision.DENY) {
                return Decision.DENY;
            }
            if (one == Decision.ALLOW) {
                decision = Decision.ALLOW;
            }
        }
        return decision;
    }

    private static Decision evaluate(String policyJson, Request request, boolean resourcePolicy) {
        Decision decision = Decision.NOT_ALLOWED;
        for (JsonNode statement : values(parse(policyJson).get("Statement"))) {
            if (!applies(statement, request, resourcePolicy)) {
                continue;
            }
            if ("Deny".equals(statement.path("Effect").asText())) {
                return Decision.DENY;
            }
            if ("Allow".equals(statement.path("Effect").asText())) {
                decision = Decision.ALLOW;
            }
        }
        return decision;
    }

    private static boolean applies(JsonNode statement, Request request, boolean resourcePolicy) {
        if (resourcePolicy && !principalMatches(statement.get("Principal"), request.principalArn())) {
            return false;
        }
        return matchesElement(statement, "Action", request.action(), true)
                && matchesElement(statement, "Resource", request.resource(), false)
                && conditionsHold(statement.get("Condition"), request.context());
    }

    private static boolean matchesElement(JsonNode statement, String element, String value, boolean ignoreCase) {
        if (statement.has(element)) {
            return anyMatches(statement.get(element), value, ignoreCase);
        }
        if (statement.has("Not" + element)) {
            return !anyMatches(statement.get("Not" + element), value, ignoreCase);
        }
        return false;
    }

    private static boolean principalMatches(JsonNode principal, String principalArn) {
        if (principal == null) {
            return false;
        }
        if (principal.isTextual()) {
            return "*".equals(principal.asText());
        }
        for (JsonNode named : values(principal.get("AWS"))) {
            String value = named.asText();
            if (value.equals("*") || value.equals(principalArn) || isAccountOf(value, principalArn)) {
                return true;
            }
        }
        return false;
    }

    // naming an account (its id or its root) in a resource policy trusts every principal of that account
    private static boolean isAccountOf(String value, String principalArn) {
        String account = ACCOUNT_ID.matcher(value).matches() ? value
                : value.matches("arn:aws:iam::\\d{12}:root") ? value.substring(13, 25) : null;
        return account != null && account.equals(accountOf(principalArn));
    }

    static String accountOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && ACCOUNT_ID.matcher(parts[4]).matches() ? parts[4] : null;
    }

    private static boolean conditionsHold(JsonNode condition, Map<String, String> context) {
        if (condition == null) {
            return true;
        }
        var operators = condition.fields();
        while (operators.hasNext()) {
            var operator = operators.next();
            var keys = operator.getValue().fields();
            while (keys.hasNext()) {
                var key = keys.next();
                if (!conditionHolds(operator.getKey(), context.get(key.getKey()), key.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean conditionHolds(String operator, String actual, JsonNode expected) {
        return switch (operator) {
            case "StringEquals", "ArnEquals" -> actual != null && anyEquals(expected, actual, false);
            case "StringEqualsIgnoreCase" -> actual != null && anyEquals(expected, actual, true);
            case "StringLike", "ArnLike" -> actual != null && anyMatches(expected, actual, false);
            case "StringNotEquals", "ArnNotEquals" -> actual == null || !anyEquals(expected, actual, false);
            case "StringNotLike", "ArnNotLike" -> actual == null || !anyMatches(expected, actual, false);
            default -> false;
        };
    }

    private static boolean anyEquals(JsonNode patterns, String value, boolean ignoreCase) {
        for (JsonNode pattern : values(patterns)) {
            if (ignoreCase ? pattern.asText().equalsIgnoreCase(value) : pattern.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(JsonNode patterns, String value, boolean ignoreCase) {
        for (JsonNode pattern : values(patterns)) {
            if (wildcardMatches(pattern.asText(), value, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    static boolean wildcardMatches(String pattern, String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return ignoreCase
                ? Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                        .matcher(value.toLowerCase(Locale.ROOT)).matches()
                : Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    private static List<JsonNode> values(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        return values;
    }
}
