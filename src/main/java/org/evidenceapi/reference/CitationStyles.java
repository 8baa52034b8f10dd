package org.evidenceapi.reference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.internal.locale.LLocale;
import de.undercouch.citeproc.helper.CSLUtils;
import de.undercouch.citeproc.output.Bibliography;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.evidenceapi.common.problem.ProblemException;
import org.xml.sax.SAXException;

/**
 * The CSL styles and locales of the citationstyles.org artifacts, by id. Dependent styles (journals that cite as
 * another style does) resolve to their independent parent; {@code vancouver} is the NLM style, which the
 * artifact names {@code nlm-citation-sequence}. A style is compiled once per locale and kept: compiling takes
 * hundreds of milliseconds, rendering with a compiled one a few.
 */
@ApplicationScoped
public class CitationStyles {
    static final String DEFAULT_STYLE = "apa";
    private static final Map<String, String> ALIASES = Map.of("vancouver", "nlm-citation-sequence");
    private static final Pattern STYLE_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern LOCALE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");
    private static final String STYLE_HINT = "must be the id of a CSL style, such as apa, vancouver, "
            + "harvard-cite-them-right or american-medical-association (see the CSL style repository)";

    private final Cache<String, String> resolved = Caffeine.newBuilder().maximumSize(1_000).build();
    private final Cache<ProcessorKey, Processor> processors = Caffeine.newBuilder().maximumSize(32).build();

    /** The id of the independent style that {@code name} names; a 400 on the parameter style when none does. */
    public String resolve(String name) {
        String lowerCase = name.trim().toLowerCase(Locale.ROOT);
        String id = ALIASES.getOrDefault(lowerCase, lowerCase);
        if (!STYLE_ID.matcher(id).matches()) {
            throw ProblemException.badParameter("style", STYLE_HINT);
        }
        return Optional.ofNullable(resolved.get(id, CitationStyles::independent))
                .orElseThrow(() -> ProblemException.badParameter("style", STYLE_HINT + "; there is none named '"
                        + name.trim() + "'"));
    }

    /**
     * A locale tag the CSL locales have. Looked up here, not left to compiling a style with it: a failed compile
     * is not kept, so every request naming an unknown locale would parse a style again.
     */
    public String locale(String tag) {
        String trimmed = tag.trim();
        if (!LOCALE.matcher(trimmed).matches()) {
            throw ProblemException.badParameter("locale", "must be a CSL locale such as en-US, en-GB, de-DE or fr-FR");
        }
        if (!hasLocale(trimmed)) {
            throw unknownLocale(trimmed);
        }
        return trimmed;
    }

    /** As citeproc-java finds a locale: its own file, or for a bare language (de) its primary dialect's (de-DE). */
    private static boolean hasLocale(String tag) {
        String primary = tag.contains("-") ? null : LLocale.PRIMARY_DIALECTS.get(tag.toLowerCase(Locale.ROOT));
        return resource("locales-" + tag + ".xml") != null
                || primary != null && resource("locales-" + primary + ".xml") != null;
    }

    private static ProblemException unknownLocale(String tag) {
        return ProblemException.badParameter("locale", "there is no CSL locale '" + tag
                + "'; use one such as en-US, en-GB, de-DE or fr-FR");
    }

    /** The items formatted as a bibliography in {@code style} and {@code locale} (null: the style's own). */
    public String bibliography(String style, String locale, boolean html, List<CSLItemData> items) {
        Bibliography bibliography = processors.get(new ProcessorKey(style, locale), Processor::compile)
                .render(items, html);
        if (html) {
            return bibliography.makeString();
        }
        return Arrays.stream(bibliography.getEntries()).map(entry -> entry.strip() + "\n").collect(Collectors.joining());
    }

    private static String independent(String id) {
        if (resource(id + ".csl") != null) {
            return id;
        }
        URL dependent = resource("dependent/" + id + ".csl");
        if (dependent == null) {
            return null;
        }
        try {
            String link = CSL.getIndependentParentLink(CSLUtils.readURLToString(dependent, "UTF-8"));
            String parent = link == null ? null : link.substring(link.lastIndexOf('/') + 1);
            return parent != null && resource(parent + ".csl") != null ? parent : null;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable style " + dependent, e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("malformed style " + dependent, e);
        }
    }

    private static URL resource(String name) {
        return CSL.class.getResource("/" + name);
    }

    private record ProcessorKey(String style, String locale) {
    }

    /**
     * One compiled style in one locale. citeproc-java's processor keeps the items it renders, so it renders
     * one bibliography at a time; outputs are cached above it, so callers rarely wait.
     */
    private static final class Processor implements ItemDataProvider {
        private final CSL csl;
        private Map<String, CSLItemData> items = Map.of();

        private Processor(ProcessorKey key) throws IOException {
            csl = new CSL(this, new DefaultLocaleProvider(), null, key.style(), key.locale());
        }

        /** A 400 for a locale the CSL locales lack, or a style that formats citations but no bibliography. */
        static Processor compile(ProcessorKey key) {
            Processor processor;
            try {
                processor = new Processor(key);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable style " + key.style(), e);
            } catch (IllegalArgumentException e) {
                throw unknownLocale(key.locale());
            }
            try {
                processor.csl.makeBibliography();
            } catch (IllegalStateException e) {
                throw ProblemException.badParameter("style", "the CSL style '" + key.style()
                        + "' formats citations only, not bibliographies");
            }
            return processor;
        }

        synchronized Bibliography render(List<CSLItemData> list, boolean html) {
            items = new LinkedHashMap<>();
            list.forEach(item -> items.put(item.getId(), item));
            csl.reset();
            if (html) {
                csl.setOutputFormat("html");
                csl.setConvertLinks(true);
            } else {
                csl.setOutputFormat(new CslTextFormat());
            }
            try {
                csl.registerCitationItems(items.keySet());
                return csl.makeBibliography();
            } finally {
                items = Map.of();
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return items.keySet();
        }
    }
}
