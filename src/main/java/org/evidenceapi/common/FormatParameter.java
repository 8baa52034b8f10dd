package org.evidenceapi.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The {@code format} query parameter: the representation named in the URL, for those who cannot choose it by
 * Accept (download links, generated clients that send no Accept or every declared type). When given it wins, so
 * the answer does not depend on Accept at all: Accept is set aside before the framework matches on it, and the
 * operation answers in the format named, or 400 when it offers no format of that name. Operations with one
 * representation do not take the parameter and ignore it, as they ignore any query parameter they do not take.
 */
public class FormatParameter {
    public static final String NAME = "format";

    /** One representation an operation offers under {@code format}. */
    public interface Named {
        /** The value of {@code format} that asks for it. */
        String parameterValue();

        MediaType mediaType();
    }

    /** Whether the request names a format: an empty {@code format=} leaves the choice to Accept, as none does. */
    public static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** The format {@code value} names among {@code formats}; a 400 naming format and its allowed values if none. */
    public static <F extends Enum<F> & Named> F parse(String value, Class<F> formats) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(formats.getEnumConstants()).filter(f -> f.parameterValue().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter(NAME, "must be one of " + allowed(formats)));
    }

    private static <F extends Enum<F> & Named> String allowed(Class<F> formats) {
        return Arrays.stream(formats.getEnumConstants()).map(Named::parameterValue).collect(Collectors.joining(", "));
    }

    /** Before matching: with format given, any Accept is met, so no 406 comes of what Accept says. */
    @ServerRequestFilter(preMatching = true)
    public void setAcceptAside(ContainerRequestContext request) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && given(request.getUriInfo().getQueryParameters().getFirst(NAME))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
    }
}
