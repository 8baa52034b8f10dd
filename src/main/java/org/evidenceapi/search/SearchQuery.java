package org.evidenceapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidenceapi.common.problem.ProblemException;

/**
 * What a search box query asks for: words (all must match, in any form of the same stem), "quoted phrases"
 * (those words in that order) and prefixes ({@code acup*}). Words are kept as typed (lower-cased, without accents)
 * for PostgreSQL to analyse, and as stems for the embedded index; stop words match nothing and are dropped.
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> prefixes) {
    private static final Pattern PARTS = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");

    /**
     * Each word's stem and the stems of its derivations stemming leaves apart: a verb in -uce and its noun in
     * -uction ("reduced", reduc, finds "reduction", reduct, and the other way round).
     */
    public List<List<String>> wordStems(EnglishAnalyzer english) {
        return words.stream().map(english::stems).filter(s -> !s.isEmpty()).map(s -> s.get(0))
                .map(SearchQuery::withDerivations).toList();
    }

    private static List<String> withDerivations(String stem) {
        if (stem.endsWith("uc")) {
            return List.of(stem, stem + "t");
        }
        return stem.endsWith("uct") ? List.of(stem, stem.substring(0, stem.length() - 1)) : List.of(stem);
    }

    /** The stems the words and phrases match, for marking them in snippets. */
    public List<String> stems(EnglishAnalyzer english) {
        List<String> stems = new ArrayList<>();
        wordStems(english).forEach(stems::addAll);
        phrases.forEach(p -> stems.addAll(english.stems(p)));
        return stems;
    }

    /** The prefixes' stems, as both engines match them against stems. */
    public List<String> prefixStems(EnglishAnalyzer english) {
        return prefixes.stream().flatMap(p -> english.stems(p).stream()).toList();
    }

    /** Parses {@code q}, answering a 400 naming {@code q} when it is missing, too long or has only stop words. */
    public static SearchQuery parse(String q, int maxLength, EnglishAnalyzer english) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter("q", "is required: the words to search for");
        }
        if (q.length() > maxLength) {
            throw ProblemException.badParameter("q", "is longer than " + maxLength + " characters");
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Matcher parts = PARTS.matcher(q);
        while (parts.find()) {
            if (parts.group(1) != null) {
                addIfSearchable(String.join(" ", EnglishAnalyzer.words(parts.group(1))), phrases, english);
            } else {
                addWords(parts.group(2), words, prefixes, english);
            }
        }
        if (words.isEmpty() && phrases.isEmpty() && prefixes.isEmpty()) {
            throw ProblemException.badParameter("q",
                    "has no word to search for: only stop words (such as 'the', 'and', 'of') or punctuation");
        }
        return new SearchQuery(List.copyOf(words), List.copyOf(phrases), List.copyOf(prefixes));
    }

    /** A bare token; "heart-rate" is two words, and with a trailing * its last word is a prefix. */
    private static void addWords(String token, List<String> words, List<String> prefixes, EnglishAnalyzer english) {
        List<String> typed = EnglishAnalyzer.words(token);
        boolean prefix = token.endsWith("*") && !typed.isEmpty();
        for (int i = 0; i < typed.size(); i++) {
            addIfSearchable(typed.get(i), prefix && i == typed.size() - 1 ? prefixes : words, english);
        }
    }

    private static void addIfSearchable(String text, List<String> into, EnglishAnalyzer english) {
        if (!english.stems(text).isEmpty()) {
            into.add(text);
        }
    }
}
