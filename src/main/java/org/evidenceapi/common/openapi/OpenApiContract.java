package org.evidenceapi.common.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.evidenceapi.common.paging.PageEnvelope;
import org.evidenceapi.editing.MergePatch;
import org.evidenceapi.caching.CachePolicy;

/**
 * Gives every operation what the conventions promise, so no resource can forget it: the shared error
 * responses, the ETag (and for pages the Link) header, for reads Vary, If-None-Match and its 304, and the example
 * response kept in {@code openapi-examples/<operationId>.json} (.bib, .ris, ... for other media types), for
 * public reads the cache-tag headers CDNs purge by, and the security each operation truly has: a bearer token
 * required where the method is {@code @RolesAllowed},
 * optional everywhere else, since a token lets an editor read drafts that anonymous readers cannot see; for
 * conditional writes the If-Match header ({@link IfMatchHeader}) with its 412 and 428; enums typed and named for
 * generators ({@link EnumVarNames}), every operation's parameters in one order ({@link ParameterOrder}), every
 * page model described as the one envelope ({@link PageEnvelope}); and which response fields are required
 * ({@link RequiredResponseFields}). Resources declare only what is their own: operationId, texts, examples,
 * success responses, and the 409 of a write that can conflict, which no rule tells (a claim's replace cannot,
 * an author's can) and whose body differs (a publish refusal lists findings). Runs at build time, into the
 * stored document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The one security scheme, declared in {@link org.evidenceapi.EvidenceApi}. */
    public static final String BEARER = "bearer";
    private static final String VARY = "Vary";
    /** Which example file serves which media type. */
    private static final Map<String, String> EXAMPLE_EXTENSIONS = Map.of("application/json", "json",
            MergePatch.MEDIA_TYPE, "json", "application/ld+json", "ld.json",
            "application/vnd.citationstyles.csl+json", "csl.json", "application/x-bibtex", "bib",
            "application/x-research-info-systems", "ris", "text/x-bibliography", "txt", "text/html", "html", "text/csv", "csv");

    @Override
    public PathItem filterPathItem(PathItem path) {
        path.getOperations().forEach((method, operation) -> decorate(operation, method == PathItem.HttpMethod.GET));
        return path;
    }

    /**
     * Keeps the description of a property whose type is another schema, but as {@code allOf: [$ref]}: SmallRye
     * writes a field's {@code @Schema(description = ...)} beside the {@code $ref}, with the type of the schema
     * referred to ({@code type: string} next to a $ref to an enum), and client generators warn about, or ignore,
     * whatever stands beside a $ref.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        EnumVarNames.apply(schema);
        String ref = schema.getRef();
        if (ref == null || schema.getAll().keySet().stream().allMatch("$ref"::equals)) {
            return schema;
        }
        schema.setRef(null);
        schema.setType(null);
        schema.addAllOf(OASFactory.createSchema().ref(ref));
        return schema;
    }

    /**
     * Last, on the whole document, once every operation has all its parameters: the If-Match text (which names
     * the resource by its path) and the parameters' order, the one page
     * envelope, the one description of Vary (which every read's 200 and 304 name), and which fields every response
     * carries, known only then.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            IfMatchHeader.describe(path, operation);
            ParameterOrder.sort(path, operation);
        }));
        PageEnvelope.describe(openAPI.getComponents().getSchemas());
        openAPI.getComponents().addHeader(VARY, header(CachePolicy.VARY_DESCRIPTION));
        openAPI.getComponents().addHeader(CachePolicy.SURROGATE_KEY, header(CachePolicy.CACHE_TAGS_DESCRIPTION
                + " Space-separated."));
        openAPI.getComponents().addHeader(CachePolicy.CACHE_TAG, header(CachePolicy.CACHE_TAGS_DESCRIPTION
                + " Comma-separated."));
        RequiredResponseFields.mark(openAPI);
    }

    private void decorate(Operation operation, boolean read) {
        var responses = operation.getResponses();
        boolean tokenRequired = requiresToken(operation);
        operation.setSecurity(tokenRequired ? requiredToken() : optionalToken());
        if (tokenRequired) {
            // Quarkus's placeholders, replaced below in the order every operation lists its errors
            responses.removeAPIResponse("401");
            responses.removeAPIResponse("403");
        }
        APIResponse ok = success(operation);
        if (ok != null) {
            ok.addHeader("ETag", header("Strong entity tag of this representation; send it as If-None-Match on "
                    + "reads and as If-Match on writes."));
            if (ok.getContent() != null && schemaName(ok).endsWith("Page")) {
                ok.addHeader("Link", header("RFC 8288 links to the next and previous pages (rel=\"next\", rel=\"prev\")."));
            }
            addExample(operation.getOperationId(), ok.getContent());
        }
        if (operation.getRequestBody() != null) {
            addExample(operation.getOperationId() + ".request", operation.getRequestBody().getContent());
        }
        if (read && ok != null) {
            ok.addHeader(VARY, varyRef());
            if (!tokenRequired) {
                ok.addHeader(CachePolicy.SURROGATE_KEY, OASFactory.createHeader().ref(CachePolicy.SURROGATE_KEY));
                ok.addHeader(CachePolicy.CACHE_TAG, OASFactory.createHeader().ref(CachePolicy.CACHE_TAG));
            }
        }
        if (read) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("An ETag from an earlier response; answered with 304 and no body if still current.")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match tag is current.")
                    .addHeader("ETag", header("The current entity tag."))
                    .addHeader(VARY, varyRef()));
        }
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("413", ref("PayloadTooLarge"));
            responses.addAPIResponse("415", ref("UnsupportedMediaType"));
        }
        responses.addAPIResponse("400", ref("BadRequest"));
        responses.addAPIResponse("401", ref("Unauthorized"));
        responses.addAPIResponse("403", ref(tokenRequired ? "Forbidden" : "CrossOriginRefused"));
        if (hasParameter(operation, Parameter.In.PATH, null)) {
            responses.addAPIResponse("404", ref("NotFound"));
        }
        if (hasParameter(operation, Parameter.In.HEADER, IfMatchHeader.NAME)) {
            responses.addAPIResponse("412", ref("PreconditionFailed"));
            responses.addAPIResponse("428", ref("PreconditionRequired"));
        }
        if (!isExport(ok)) {
            responses.addAPIResponse("406", ref("NotAcceptable"));
        }
        responses.addAPIResponse("414", ref("UriTooLong"));
        responses.addAPIResponse("500", ref("InternalError"));
    }

    /**
     * The exports (exportArticleBibliography, getArticleLinkedData, ...) are the operations whose answer is no
     * application/json: they produce any type, as the URL alone decides the format, so no Accept makes them 406.
     */
    private static boolean isExport(APIResponse ok) {
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && !ok.getContent().getMediaTypes().isEmpty() && !ok.getContent().hasMediaType("application/json");
    }

    /**
     * A token is required where the resource method (or its class) is {@code @RolesAllowed}: Quarkus gives those,
     * and only those, a security requirement ({@code quarkus.smallrye-openapi.auto-add-security-requirement}).
     */
    private static boolean requiresToken(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    /** The bearer token, without the roles Quarkus names: OpenAPI scopes are OAuth's, and 403 says who may. */
    private static List<SecurityRequirement> requiredToken() {
        return new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
    }

    /** Anyone may call; a bearer token, if sent, is verified and may show more (drafts, other statuses). */
    private static List<SecurityRequirement> optionalToken() {
        return new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme(BEARER)));
    }

    private static boolean hasParameter(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && (name == null || name.equals(p.getName())));
    }

    private static APIResponse success(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        return ok != null ? ok : operation.getResponses().getAPIResponse("201");
    }

    private static String schemaName(APIResponse response) {
        MediaType json = response.getContent().getMediaType("application/json");
        return json == null || json.getSchema() == null || json.getSchema().getRef() == null
                ? "" : json.getSchema().getRef();
    }

    /**
     * Adds openapi-examples/{name}.{extension}, for each media type that has such a file, as that content's
     * example: parsed when the type is JSON, as text otherwise (BibTeX, RIS, a formatted bibliography).
     */
    private static void addExample(String name, Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            String extension = EXAMPLE_EXTENSIONS.get(type);
            if (extension != null) {
                addExample(media, "openapi-examples/" + name + "." + extension,
                        extension.endsWith("json") && !isString(media.getSchema()));
            }
        });
    }

    private static void addExample(MediaType media, String path, boolean json) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return;
            }
            Object value = json ? JSON.readValue(in, Object.class)
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            media.addExample("example", OASFactory.createExample().value(value));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable example " + path, e);
        }
    }

    /** A body typed as a string (an export, which clients take as it comes) has its example as text, JSON or not. */
    private static boolean isString(Schema schema) {
        return schema != null && schema.getType() != null && schema.getType().contains(SchemaType.STRING);
    }

    private static Header varyRef() {
        return OASFactory.createHeader().ref(VARY);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

}
