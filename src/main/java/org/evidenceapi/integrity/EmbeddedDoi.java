package org.evidenceapi.integrity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DOI a URL carries, as doi.org, publisher and mirror links do ("https://doi.org/10.1186/1744-8069-6-73"). */
final class EmbeddedDoi {
    /** Crossref's 10.NNNN/ prefix, not inside a longer word or number, up to a space, query or fragment. */
    private static final Pattern DOI = Pattern.compile("(?<![\\w.])10\\.\\d{4,9}/[^\\s?#&]+");

    private EmbeddedDoi() {
    }

    static Optional<String> in(String url) {
        Matcher doi = DOI.matcher(decoded(url));
        return doi.find() ? Optional.of(trimmed(doi.group())) : Optional.empty();
    }

    /** Percent-escapes decoded ("%5D" is "]"); a URL with a broken escape is read as it stands. */
    private static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Punctuation that ends the sentence or the link rather than the DOI: a trailing stop, an unopened bracket. */
    private static String trimmed(String doi) {
        String rest = doi;
        while (!rest.isEmpty() && endsWithPunctuation(rest)) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest;
    }

    private static boolean endsWithPunctuation(String doi) {
        char last = doi.charAt(doi.length() - 1);
        return switch (last) {
            case '.', ',', ';', ':', '"', '\'', '>' -> true;
            case ')' -> count(doi, '(') < count(doi, ')');
            case ']' -> count(doi, '[') < count(doi, ']');
            default -> false;
        };
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
