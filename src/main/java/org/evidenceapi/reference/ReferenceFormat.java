package org.evidenceapi.reference;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.FormatParameter;

/**
 * The representations of references, in order of preference when Accept leaves the choice open, each with the
 * name the {@code format} parameter gives it.
 */
@Schema(name = "ReferenceFormat", type = SchemaType.STRING, description = ReferenceFormat.DESCRIPTION,
        enumeration = {"json", "csl-json", "bibtex", "ris", "text", "html"})
public enum ReferenceFormat implements FormatParameter.Named {
    /** The API's own JSON: the default. */
    JSON("json", MediaType.APPLICATION_JSON),
    CSL_JSON("csl-json", CitationMediaTypes.CSL_JSON),
    BIBTEX("bibtex", CitationMediaTypes.BIBTEX),
    RIS("ris", CitationMediaTypes.RIS),
    BIBLIOGRAPHY("text", CitationMediaTypes.BIBLIOGRAPHY),
    HTML("html", CitationMediaTypes.HTML);

    static final String DESCRIPTION = "A representation of references, named in the URL instead of chosen by "
            + "Accept: json (application/json, the default), csl-json (" + CitationMediaTypes.CSL_JSON
            + "), bibtex (" + CitationMediaTypes.BIBTEX + "), ris (" + CitationMediaTypes.RIS + "), text ("
            + CitationMediaTypes.BIBLIOGRAPHY + ": formatted in the CSL style given by style) or html ("
            + CitationMediaTypes.HTML + ": the same as an HTML fragment).";

    private final String parameterValue;
    private final MediaType mediaType;

    ReferenceFormat(String parameterValue, String mediaType) {
        this.parameterValue = parameterValue;
        this.mediaType = MediaType.valueOf(mediaType);
    }

    @Override
    public String parameterValue() {
        return parameterValue;
    }

    @Override
    public MediaType mediaType() {
        return mediaType;
    }

    public boolean isStyled() {
        return this == BIBLIOGRAPHY || this == HTML;
    }

    /**
     * The first acceptable media type (JAX-RS lists them by preference) that one of these formats serves,
     * with the format; none when only q=0 types match (the framework answers 406 before that).
     */
    static Optional<Choice> negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            String quality = accepted.getParameters().get("q");
            if (quality != null && quality.matches("0(\\.0*)?")) {
                continue;
            }
            Optional<ReferenceFormat> format = Arrays.stream(values())
                    .filter(f -> f.mediaType.isCompatible(accepted)).findFirst();
            if (format.isPresent()) {
                return Optional.of(new Choice(format.get(), accepted));
            }
        }
        return Optional.empty();
    }

    /** The format the format parameter names, as if Accept had named its media type alone. */
    static Choice named(String format) {
        ReferenceFormat named = FormatParameter.parse(format, ReferenceFormat.class);
        return new Choice(named, named.mediaType);
    }

    /** A format and the Accept entry that chose it, whose parameters may name a style and locale. */
    record Choice(ReferenceFormat format, MediaType accepted) {
    }
}
