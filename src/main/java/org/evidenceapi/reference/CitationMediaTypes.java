package org.evidenceapi.reference;

/** The media types citation tools read, as DOI resolvers serve them; constants so annotations can name them. */
public final class CitationMediaTypes {
    public static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    public static final String BIBTEX = "application/x-bibtex";
    public static final String RIS = "application/x-research-info-systems";
    /** A bibliography formatted in a CSL style, as plain text. */
    public static final String BIBLIOGRAPHY = "text/x-bibliography";
    /** A bibliography formatted in a CSL style, as an HTML fragment. */
    public static final String HTML = "text/html";

    /* What the operations that speak these types say about them in the OpenAPI document. */
    public static final String FORMAT = "The citation format to export, required: csl-json, bibtex, ris, text or "
            + "html. The answer's Content-Type is that format's media type, whatever Accept says; a missing or "
            + "unknown one is a 400 listing the formats.";
    public static final String STYLE = "The CSL style of a formatted citation (text/x-bibliography, text/html): "
            + "the id of any style in the CSL style repository (apa, harvard-cite-them-right, "
            + "american-medical-association, ...) or vancouver; apa when none is given. Negotiated reads also take it "
            + "from Accept (text/x-bibliography; style=apa); this parameter wins. An unknown style is a 400.";
    public static final String LOCALE = "The CSL locale of a formatted citation, such as en-US, en-GB, de-DE; "
            + "the style's own when none is given. Negotiated reads also take it from Accept "
            + "(text/x-bibliography; locale=en-GB).";
    public static final String CSL_ITEM = "A CSL-JSON item (https://citationstyles.org, csl-data.json): id, type, "
            + "title, container-title, author (family and given, or literal), issued.date-parts, volume, issue, page, "
            + "number (the article number), DOI, PMID, PMCID, ISSN, URL, language, accessed, status, genre.";

    private CitationMediaTypes() {
    }
}
