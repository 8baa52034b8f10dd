package org.evidenceapi.reference;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The representations of references, in order of preference when Accept leaves the choice open. */
public enum ReferenceFormat {
    /** The API's own JSON: the default. */
    JSON(MediaType.APPLICATION_JSON),
    CSL_JSON(CitationMediaTypes.CSL_JSON),
    BIBTEX(CitationMediaTypes.BIBTEX),
    RIS(CitationMediaTypes.RIS),
    BIBLIOGRAPHY(CitationMediaTypes.BIBLIOGRAPHY),
    HTML(CitationMediaTypes.HTML);

    private final MediaType mediaType;

    ReferenceFormat(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

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

    /** A format and the Accept entry that chose it, whose parameters may name a style and locale. */
    record Choice(ReferenceFormat format, MediaType accepted) {
    }
}
