package org.evidenceapi.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a text as PostgreSQL's {@code evidence_english} configuration sees them: lower-cased, accents
 * removed (unaccent), its English stop words dropped and the rest reduced to their Snowball English stem. The
 * embedded engine indexes with it, and both engines' queries and snippets are checked against it.
 */
public final class EnglishAnalyzer extends Analyzer {
    static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream stems = new SnowballFilter(new StopFilter(plain(words), STOP_WORDS), new EnglishStemmer());
        return new TokenStreamComponents(words, stems);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return plain(in);
    }

    /** The stems of {@code text}, in order; empty when it has only stop words. */
    public List<String> stems(String text) {
        return terms(this, text);
    }

    /** The words of {@code text} as typed, lower-cased and without accents, stop words kept. */
    static List<String> words(String text) {
        try (Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, plain(words));
            }
        }) {
            return terms(plain, text);
        }
    }

    private static TokenStream plain(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string", e);
        }
        return terms;
    }

    private static CharArraySet stopWords() {
        try (InputStream in = EnglishAnalyzer.class.getResourceAsStream("/search/english.stop")) {
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#")).toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        } catch (IOException e) {
            throw new UncheckedIOException("search/english.stop is part of the application", e);
        }
    }
}
