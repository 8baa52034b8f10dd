package org.evidenceapi.identifier;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises and normalises the identifiers of a paper. A DOI may arrive bare, as {@code doi:...} or as a
 * doi.org URL and is stored bare; its lower-cased form is its identity (DOIs are case-insensitive).
 */
public final class Identifiers {
    /** Crossref's recommended pattern for modern DOIs. */
    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(doi:\\s*|https?://(dx\\.)?doi\\.org/)");
    private static final Pattern PMID = Pattern.compile("^[1-9]\\d{0,8}$");
    private static final Pattern PMCID = Pattern.compile("^PMC\\d{1,9}$");
    private static final Pattern ISSN = Pattern.compile("^(\\d{4})-?(\\d{3}[\\dX])$");

    private Identifiers() {
    }

    /** The bare DOI, or null when the value is not a DOI in any accepted form. */
    public static String doi(String value) {
        if (value == null) {
            return null;
        }
        String bare = DOI_PREFIX.matcher(value.trim()).replaceFirst("");
        return DOI.matcher(bare).matches() ? bare : null;
    }

    public static String doiKey(String doi) {
        return doi == null ? null : doi.toLowerCase(Locale.ROOT);
    }

    /** The PMID (digits only), or null when the value is not one. */
    public static String pmid(String value) {
        return value != null && PMID.matcher(value.trim()).matches() ? value.trim() : null;
    }

    /** The ISSN as NNNN-NNNC when its mod-11 check digit is right, else null. */
    public static String issn(String value) {
        if (value == null) {
            return null;
        }
        var match = ISSN.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!match.matches()) {
            return null;
        }
        String digits = match.group(1) + match.group(2);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(7) == expected ? match.group(1) + "-" + match.group(2) : null;
    }

    /** The PMCID upper-cased ({@code PMC} + digits), or null when the value is not one. */
    public static String pmcid(String value) {
        if (value == null) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        return PMCID.matcher(upper).matches() ? upper : null;
    }
}
