package org.evidenceapi.article;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.FormatParameter;
import org.evidenceapi.common.Negotiation;

/** The representations of one article, each with the name the {@code format} parameter gives it. */
@Schema(name = "ArticleFormat", type = SchemaType.STRING, enumeration = {"json", "jsonld"},
        description = "A representation of the article, named in the URL instead of chosen by Accept: json "
                + "(application/json, the default) or jsonld (" + ArticleJsonLd.MEDIA_TYPE + ", schema.org).")
public enum ArticleFormat implements FormatParameter.Named {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    JSON_LD("jsonld", MediaType.valueOf(ArticleJsonLd.MEDIA_TYPE));

    private final String parameterValue;
    private final MediaType mediaType;

    ArticleFormat(String parameterValue, MediaType mediaType) {
        this.parameterValue = parameterValue;
        this.mediaType = mediaType;
    }

    /** The format the format parameter names, else JSON-LD when Accept prefers it to JSON. */
    static ArticleFormat of(String format, HttpHeaders headers) {
        if (FormatParameter.given(format)) {
            return FormatParameter.parse(format, ArticleFormat.class);
        }
        return Negotiation.prefers(headers, JSON_LD.mediaType) ? JSON_LD : JSON;
    }

    @Override
    public String parameterValue() {
        return parameterValue;
    }

    @Override
    public MediaType mediaType() {
        return mediaType;
    }
}
