package org.evidenceapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.evidenceapi.common.openapi.OpenApiContract;
import org.evidenceapi.common.problem.Problem;
import org.evidenceapi.publishing.PublishRefusal;

/**
 * The API's description for OpenAPI, and the error responses every operation shares (attached to each
 * operation by {@link OpenApiContract}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Evidence API", version = "1.0.0",
                description = "Evidence-summary content as JSON: health articles, the claims they make, structured "
                        + "summaries of the studies behind each claim, and their bibliographic references. "
                        + "Collections use keyset pagination (limit and an opaque cursor); every GET answers with a "
                        + "strong ETag and honours If-None-Match; every error is an RFC 9457 problem detail. "
                        + "A response never holds null: a field without a value is left out. Every field a "
                        + "response always carries is listed as required; each other one says in its description "
                        + "when it is absent.",
                contact = @Contact(name = "Evidence API team", email = "api@evidenceapi.org"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0.html")),
        // Relative: the API is on the host that serves this document, wherever the service is deployed. The same
        // as listing none (OpenAPI's default server is "/"), but said, for linters and readers that expect it.
        servers = @Server(url = "/", description = "The host serving this document. A client generated from the "
                + "committed file sets its deployment's base URL, e.g. http://localhost:8080 for a local run."),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "A JWT whose groups claim holds editor (write content, moderate) or admin (also delete "
                        + "for good)."), responses = {
            @APIResponse(name = "BadRequest", responseCode = "400",
                    description = "A parameter is malformed or out of range; errors names it.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "limitOutOfRange", value = """
                                    {"type": "about:blank", "title": "Bad Request", "status": 400,
                                     "detail": "The parameter 'limit' is invalid: must be a whole number between 1 and 100.",
                                     "instance": "/api/v1/articles",
                                     "errors": [{"field": "limit", "message": "must be a whole number between 1 and 100"}]}
                                    """))),
            @APIResponse(name = "NotFound", responseCode = "404", description = "Nothing has that id or slug.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknownSlug", value = """
                                    {"type": "about:blank", "title": "Not Found", "status": 404,
                                     "detail": "No article has the id or slug 'no-such-article'.",
                                     "instance": "/api/v1/articles/no-such-article"}
                                    """))),
            @APIResponse(name = "NotAcceptable", responseCode = "406",
                    description = "No media type the Accept header allows can represent the resource.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "xmlRequested", value = """
                                    {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                                     "detail": "The resource cannot be represented in any media type the Accept header allows.",
                                     "instance": "/api/v1/articles"}
                                    """))),
            @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token: none where the operation requires one, or one that is "
                    + "malformed, expired or not verifiable (an optional token, when sent, is verified too).",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "noToken", value = """
                                    {"type": "about:blank", "title": "Unauthorized", "status": 401,
                                     "detail": "A valid bearer token is required (Authorization: Bearer <JWT>).",
                                     "instance": "/api/v1/imports"}
                                    """))),
            @APIResponse(name = "Forbidden", responseCode = "403", description = "The token's groups do not include a role allowed to do this. "
                    + "(From a browser, an Origin the service does not allow is also a 403, with an empty body: see CrossOriginRefused.)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "readerToken", value = """
                                    {"type": "about:blank", "title": "Forbidden", "status": 403,
                                     "detail": "Your token does not carry a role allowed to do this.",
                                     "instance": "/api/v1/imports"}
                                    """))),
            @APIResponse(name = "Conflict", responseCode = "409", description = "The write conflicts with existing content, e.g. a slug that is taken.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "slugTaken", value = """
                                    {"type": "about:blank", "title": "Conflict", "status": 409,
                                     "detail": "An article with the slug 'health-benefits-of-acupuncture-part-1' exists already; nothing was written.",
                                     "instance": "/api/v1/imports"}
                                    """))),
            @APIResponse(name = PublishRefusal.RESPONSE, responseCode = "409", description = PublishRefusal.DESCRIPTION,
                    content = @Content(mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = PublishRefusal.class), examples = {
                                @ExampleObject(name = "integrityErrors", value = """
                                        {"type": "about:blank", "title": "Conflict", "status": 409,
                                         "detail": "Publishing acupuncture-and-chronic-pain would put 1 integrity error(s) before readers (see findings). Fix them, or have an admin publish with publishOverride=<reason>; nothing was written.",
                                         "instance": "/api/v1/articles/acupuncture-and-chronic-pain",
                                         "findings": [{"article": "acupuncture-and-chronic-pain", "code": "CITATION_WITHOUT_REFERENCE", "severity": "ERROR",
                                                       "message": "Claim 1 (\\"Acupuncture eases chronic pain a little more than sham needling.\\") cites [12], but the bibliography has no reference 12.",
                                                       "claimId": "01a20d95-3921-7c51-9b1e-1d6a1f3c0a11", "referenceNumber": 12}]}
                                        """),
                                @ExampleObject(name = "slugTaken", value = """
                                        {"type": "about:blank", "title": "Conflict", "status": 409,
                                         "detail": "Another article has the slug 'health-benefits-of-acupuncture-part-1'.",
                                         "instance": "/api/v1/articles/acupuncture-and-chronic-pain",
                                         "errors": [{"field": "slug", "message": "is taken"}]}
                                        """)})),
            @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                    description = "The body is larger than the service accepts (1 MiB unless configured otherwise).",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "tooLarge", value = """
                                    {"type": "about:blank", "title": "Request Entity Too Large", "status": 413,
                                     "detail": "The request body is larger than this service accepts (1M).",
                                     "instance": "/api/v1/imports"}
                                    """))),
            @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body's Content-Type is not one this operation reads.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "xmlBody", value = """
                                    {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
                                     "detail": "The request body's media type is not supported here.",
                                     "instance": "/api/v1/imports"}
                                    """))),
            @APIResponse(name = "PreconditionFailed", responseCode = "412",
                    description = "The If-Match ETag is not the current one: the resource changed since it was read.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "staleTag", value = """
                                    {"type": "about:blank", "title": "Precondition Failed", "status": 412,
                                     "detail": "The resource has changed since the ETag in If-Match was issued; read it again and reapply your change.",
                                     "instance": "/api/v1/articles/health-benefits-of-acupuncture-part-1"}
                                    """))),
            @APIResponse(name = "PreconditionRequired", responseCode = "428",
                    description = "The write has no If-Match header.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "noIfMatch", value = """
                                    {"type": "about:blank", "title": "Precondition Required", "status": 428,
                                     "detail": "This write needs an If-Match header with the ETag of the current representation (read it with GET first), so that no update is lost.",
                                     "instance": "/api/v1/articles/health-benefits-of-acupuncture-part-1"}
                                    """))),
            @APIResponse(name = "InternalError", responseCode = "500",
                    description = "An unexpected failure; logged on the server, never detailed to the client.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unexpected", value = """
                                    {"type": "about:blank", "title": "Internal Server Error", "status": 500,
                                     "detail": "The server could not complete the request. The failure has been logged.",
                                     "instance": "/api/v1/articles"}
                                    """))),
            @APIResponse(name = "UriTooLong", responseCode = "414",
                    description = "The request URI is longer than 8,192 characters. (A request line over 64 KiB is refused "
                            + "by the HTTP layer itself, with an empty body.)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "longUri", value = """
                                    {"type": "about:blank", "title": "Request-URI Too Long", "status": 414,
                                     "detail": "The request URI is longer than 8192 characters."}
                                    """))),
            @APIResponse(name = "CrossOriginRefused", responseCode = "403",
                    description = "Sent by a browser from an Origin the service does not allow (CORS; configured with "
                            + "EVIDENCE_CORS_ORIGINS): refused with an empty body. Clients that send no Origin never get it.")
        }))
public class EvidenceApi extends Application {
}
