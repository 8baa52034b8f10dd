package org.evidenceapi.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.problem.ProblemException;

/**
 * The citation formats the export operations name in the URL ({@code format}), for download links and generated
 * clients, which type an answer by its schema and so cannot reach a representation chosen by Accept.
 */
@Schema(name = "BibliographyFormat", type = SchemaType.STRING, description = BibliographyFormat.DESCRIPTION,
        enumeration = {"csl-json", "bibtex", "ris", "text", "html"})
public enum BibliographyFormat {
    CSL_JSON("csl-json", ReferenceFormat.CSL_JSON),
    BIBTEX("bibtex", ReferenceFormat.BIBTEX),
    RIS("ris", ReferenceFormat.RIS),
    TEXT("text", ReferenceFormat.BIBLIOGRAPHY),
    HTML("html", ReferenceFormat.HTML);

    public static final String PARAMETER = "format";
    static final String DESCRIPTION = "A citation format: csl-json (" + CitationMediaTypes.CSL_JSON + "), bibtex ("
            + CitationMediaTypes.BIBTEX + "), ris (" + CitationMediaTypes.RIS + "), text ("
            + CitationMediaTypes.BIBLIOGRAPHY + ": formatted in the CSL style given by style) or html ("
            + CitationMediaTypes.HTML + ": the same as an HTML fragment). The answer's Content-Type is the "
            + "format's media type, whatever Accept says.";

    private final String parameterValue;
    private final ReferenceFormat representation;

    BibliographyFormat(String parameterValue, ReferenceFormat representation) {
        this.parameterValue = parameterValue;
        this.representation = representation;
    }

    /** The representation {@code value} names, case-insensitively; a 400 naming format and its values if none. */
    static ReferenceFormat parse(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter(PARAMETER, "must be given: one of " + allowed());
        }
        String name = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.parameterValue.equals(name)).findFirst()
                .map(f -> f.representation)
                .orElseThrow(() -> ProblemException.badParameter(PARAMETER, "must be one of " + allowed()));
    }

    private static String allowed() {
        return Arrays.stream(values()).map(f -> f.parameterValue).collect(Collectors.joining(", "));
    }
}
