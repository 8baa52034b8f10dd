package org.evidenceapi.common.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.evidenceapi.common.http.ApiPaths;

/**
 * The If-Match header of every conditional write, said once: always required (the write is 428 without it), and
 * described as "The ETag of the author as last read; ...", the resource named by its collection in the path,
 * unless the resource method says more of it ({@code @Parameter(description = ...)}).
 */
final class IfMatchHeader {
    static final String NAME = "If-Match";

    private IfMatchHeader() {
    }

    /** Rebuilt rather than changed, so that its members stay in the order a declared parameter has. */
    static void describe(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters());
        parameters.replaceAll(p -> p.getIn() == Parameter.In.HEADER && NAME.equals(p.getName())
                ? OASFactory.createParameter()
                        .description(p.getDescription() != null ? p.getDescription() : standardText(path))
                        .required(true).name(NAME).in(Parameter.In.HEADER).schema(p.getSchema())
                : p);
        operation.setParameters(parameters);
    }

    private static String standardText(String path) {
        return "The ETag of the " + resourceName(path) + " as last read; 428 without it, 412 if it has changed since.";
    }

    /** The collection the path names first, in the singular: /api/v1/authors/{id} is an author's. */
    private static String resourceName(String path) {
        String collection = path.substring(ApiPaths.V1.length() + 1).split("/")[0];
        return collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
                : collection.substring(0, collection.length() - 1);
    }
}
