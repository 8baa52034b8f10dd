package org.evidenceapi.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes references in the formats citation tools read. CSL-JSON, BibTeX and RIS are conversions of the data;
 * a bibliography in a CSL style is rendered by citeproc-java and kept per style, locale, output and content
 * (a digest of the items rendered), so a front end asking again for the same bibliography is answered from
 * memory, and a changed reference is rendered anew.
 */
@ApplicationScoped
public class CitationFormatter {
    @Inject
    CitationStyles styles;
    @Inject
    ObjectMapper json;

    /** Formatted bibliographies by style, locale, format and a hash of what they format (never stale). */
    @Inject
    @CacheName("bibliographies")
    Cache bibliographies;

    /**
     * What a negotiated read asks for: the format Accept prefers (JSON when it leaves the choice open), and the
     * style and locale from the query, else from the Accept parameters ({@code text/x-bibliography; style=apa}).
     */
    public CitationRequest negotiate(HttpHeaders headers, String style, String locale) {
        return request(ReferenceFormat.negotiate(headers.getAcceptableMediaTypes())
                .orElseThrow(NotAcceptableException::new), style, locale);
    }

    /** What an export asks for: the format the format parameter names (400 if none), whatever Accept says. */
    public CitationRequest named(String format, String style, String locale) {
        ReferenceFormat named = BibliographyFormat.parse(format);
        return request(new ReferenceFormat.Choice(named, named.mediaType()), style, locale);
    }

    /** A style or locale given is checked whatever the format: a 400 names it. */
    private CitationRequest request(ReferenceFormat.Choice choice, String style, String locale) {
        String styleName = style != null ? style : choice.accepted().getParameters().get("style");
        String localeTag = locale != null ? locale : choice.accepted().getParameters().get("locale");
        String styleId = styleName != null ? styles.resolve(styleName)
                : choice.format().isStyled() ? CitationStyles.DEFAULT_STYLE : null;
        return new CitationRequest(choice.format(), styleId, localeTag == null ? null : styles.locale(localeTag));
    }

    /** One reference: in CSL-JSON a single item, as DOI resolvers answer for one DOI. */
    public String format(ReferenceView reference, CitationRequest request) {
        List<CSLItemData> items = CslItems.of(List.of(reference));
        return request.format() == ReferenceFormat.CSL_JSON ? write(CslItems.json(items.get(0)))
                : formatItems(items, request);
    }

    /** A bibliography in its order; in CSL-JSON an array of items. Each paper appears once. */
    public String format(List<ReferenceView> references, CitationRequest request) {
        return formatItems(CslItems.of(references), request);
    }

    private String formatItems(List<CSLItemData> items, CitationRequest request) {
        return switch (request.format()) {
            case CSL_JSON -> write(cslJson(items));
            case BIBTEX -> BibTeXFormat.write(items);
            case RIS -> RisFormat.write(items);
            case BIBLIOGRAPHY, HTML -> bibliography(items, request);
            case JSON -> throw new IllegalArgumentException("the API's JSON is not a citation format");
        };
    }

    private String bibliography(List<CSLItemData> items, CitationRequest request) {
        BibliographyKey key = new BibliographyKey(request.style(), request.locale(), request.format(),
                digest(write(cslJson(items))));
        return bibliographies.get(key, (BibliographyKey k) -> styles.bibliography(k.style(), k.locale(),
                k.format() == ReferenceFormat.HTML, items)).await().indefinitely();
    }

    private static List<Map<String, Object>> cslJson(List<CSLItemData> items) {
        return items.stream().map(CslItems::json).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CSL-JSON is maps, lists and strings", e);
        }
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** A rendered bibliography's identity: what it was rendered with, and a digest of what it renders. */
    private record BibliographyKey(String style, String locale, ReferenceFormat format, String content) {
    }
}
