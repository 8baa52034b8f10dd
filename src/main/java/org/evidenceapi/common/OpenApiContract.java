package org.evidenceapi.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every operation what the conventions promise, so no resource can forget it: the shared error
 * responses, the ETag (and for pages the Link) header, If-None-Match and its 304, and the example
 * response kept in {@code openapi-examples/<operationId>.json}. Runs at build time, into the stored document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation filterOperation(Operation operation) {
        var responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong entity tag of this representation; send it as If-None-Match."));
            if (ok.getContent() != null && schemaName(ok).endsWith("Page")) {
                ok.addHeader("Link", header("RFC 8288 links to the next and previous pages (rel=\"next\", rel=\"prev\")."));
            }
            addExample(operation.getOperationId(), ok);
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("An ETag from an earlier response; answered with 304 and no body if still current.")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match tag is current.")
                    .addHeader("ETag", header("The current entity tag.")));
        }
        responses.addAPIResponse("400", ref("BadRequest"));
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            responses.addAPIResponse("404", ref("NotFound"));
        }
        responses.addAPIResponse("406", ref("NotAcceptable"));
        responses.addAPIResponse("500", ref("InternalError"));
        return operation;
    }

    private static String schemaName(APIResponse response) {
        MediaType json = response.getContent().getMediaType("application/json");
        return json == null || json.getSchema() == null || json.getSchema().getRef() == null
                ? "" : json.getSchema().getRef();
    }

    private static void addExample(String operationId, APIResponse ok) {
        MediaType json = ok.getContent() == null ? null : ok.getContent().getMediaType("application/json");
        String path = "openapi-examples/" + operationId + ".json";
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(path)) {
            if (json == null || in == null) {
                return;
            }
            json.addExample("example", OASFactory.createExample().value(JSON.readValue(in, Object.class)));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable example " + path, e);
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

}
