package org.evidenceapi.common.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The methods each resource path answers, read once from the JAX-RS annotations, for the Allow header a
 * 405 must carry (RFC 9110 15.5.6); Quarkus REST does not add it.
 */
@ApplicationScoped
public class AllowedMethods {
    private record Route(Pattern path, String method) {
    }

    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();
    private volatile List<Route> routes;

    /** The Allow header value for a request path, if any resource serves it. */
    public Optional<String> forPath(String path) {
        return cache.computeIfAbsent(path, this::compute);
    }

    private Optional<String> compute(String path) {
        TreeSet<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path base = bean.getBeanClass().getAnnotation(Path.class);
                if (base != null) {
                    addRoutes(found, base.value(), bean.getBeanClass());
                }
            }
            routes = found;
        }
        return routes;
    }

    private static void addRoutes(List<Route> found, String base, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            Path sub = method.getAnnotation(Path.class);
            for (var annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    found.add(new Route(template(base + (sub == null ? "" : "/" + sub.value())), http.value()));
                }
            }
        }
    }

    /** A JAX-RS path template as a regular expression: each {param} matches one path segment. */
    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
