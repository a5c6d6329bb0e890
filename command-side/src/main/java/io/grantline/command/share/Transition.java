package io.grantline.command.share;

import io.grantline.api.error.UnauthorizedOperation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One transition of data.all's state machines: each target state with the states it can be reached from. A state
 * that already is a target stays as it is; any other state that is not a listed source is refused.
 */
final class Transition<S extends Enum<S>> {

    private final ShareAction action;
    private final Class<S> type;
    private final Map<S, Set<S>> sourcesByTarget = new LinkedHashMap<>();

    Transition(ShareAction action, Class<S> type) {
        this.action = action;
        this.type = type;
    }

    Transition<S> to(S target, List<S> sources) {
        sourcesByTarget.computeIfAbsent(target, t -> EnumSet.noneOf(type)).addAll(sources);
        return this;
    }

    /** States that are targets of themselves: data.all lists them so that they pass a share-wide step unchanged. */
    Transition<S> keeps(List<S> states) {
        states.forEach(state -> to(state, List.of(state)));
        return this;
    }

    boolean permits(S current) {
        return sourcesByTarget.containsKey(current)
                || sourcesByTarget.values().stream().anyMatch(sources -> sources.contains(current));
    }

    S next(S current) {
        if (sourcesByTarget.containsKey(current)) {
            return current;
        }
        return sourcesByTarget.entrySet().stream()
                .filter(entry -> entry.getValue().contains(current))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new UnauthorizedOperation(action.name(), "This transition is not possible, "
                        + current + " cannot go to " + targets() + ". If there is a sharing or revoking in progress"
                        + " wait until it is complete and try again. For share extensions delete unused items and"
                        + " try again"));
    }

    private String targets() {
        return sourcesByTarget.keySet().stream().map(target -> "'" + target + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
