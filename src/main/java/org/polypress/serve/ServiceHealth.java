package org.polypress.serve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * The answers of {@code /observe/health/live}, {@code /observe/health/ready} and {@code /observe/health}, from
 * Camel's health-check API: liveness is Camel's context check (the process and its Camel context are up), readiness
 * its context, route and consumer checks with ours of the folders ({@link FolderReadinessCheck}). Each answers
 * {@code UP} (200), or {@code DOWN} (503) with every check that is down and why.
 */
public final class ServiceHealth {

    /** Every check's result: at Camel's default level, a service that is up shows its context check alone. */
    private static final String FULL = "full";

    /** {@code GET /observe/health/live}: whether the process and its Camel context are up. */
    public HttpReply live(CamelContext camel) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeLiveness(camel, FULL);
        return reply(up(results), Map.of("checks", described(results)));
    }

    /** {@code GET /observe/health/ready}: whether the service takes files and requests (routes, consumers, folders). */
    public HttpReply ready(CamelContext camel) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(camel, FULL);
        return reply(up(results), Map.of("checks", described(results)));
    }

    /**
     * {@code GET /observe/health}: live and ready both, in the body it has always had (Camel's state, each route's,
     * the folders'), with the checks that are down, if any.
     */
    public HttpReply check(CamelContext camel) {
        Collection<HealthCheck.Result> results = Stream.concat(HealthCheckHelper.invokeLiveness(camel, FULL).stream(),
                        HealthCheckHelper.invokeReadiness(camel, FULL).stream())
                .collect(Collectors.toMap(r -> r.getCheck().getId(), Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values();
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("camel", camel.getStatus().name());
        Map<String, String> routes = new LinkedHashMap<>();
        for (Route route : camel.getRoutes()) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
            routes.put(route.getRouteId(), status == null ? "Unknown" : status.name());
        }
        checks.put("routes", routes);
        results.stream().filter(r -> r.getCheck().getId().equals(FolderReadinessCheck.ID))
                .forEach(r -> checks.putAll(findings(r)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checks", checks);
        Map<String, Object> down = described(results.stream().filter(r -> r.getState() == HealthCheck.State.DOWN).toList());
        if (!down.isEmpty()) {
            body.put("down", down);
        }
        return reply(up(results), body);
    }

    /** Up unless a check is down; a check that cannot tell (disabled, {@code UNKNOWN}) does not make it down. */
    private static boolean up(Collection<HealthCheck.Result> results) {
        return results.stream().noneMatch(r -> r.getState() == HealthCheck.State.DOWN);
    }

    /** Each check by its id: its state, and when Camel or the check says why, its message, error and details. */
    private static Map<String, Object> described(Collection<HealthCheck.Result> results) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (HealthCheck.Result result : results) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("state", result.getState().name());
            result.getMessage().ifPresent(message -> check.put("message", message));
            result.getError().ifPresent(error -> check.put("error", error.toString()));
            check.putAll(findings(result));
            checks.put(result.getCheck().getId(), check);
        }
        return checks;
    }

    /** A check's own findings, as text: Camel's bookkeeping (invocation counts, times, the check's kind) stays out. */
    private static Map<String, String> findings(HealthCheck.Result result) {
        Map<String, String> findings = new LinkedHashMap<>();
        result.getDetails().forEach((key, value) -> {
            if (!HealthCheckHelper.isReservedKey(key) && !key.startsWith("check.") && !key.startsWith("invocation.")
                    && !key.startsWith("failure.") && !key.startsWith("success.")) {
                findings.put(key, String.valueOf(value));
            }
        });
        return findings;
    }

    private static HttpReply reply(boolean up, Map<String, Object> rest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.putAll(rest);
        return Replies.json(up ? 200 : 503, body).with("Cache-Control", "no-store");
    }
}
