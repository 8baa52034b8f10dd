package org.evidenceapi.integrity;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents every finding code, its severity and its rule in the OpenAPI document, from FindingCode itself so
 * the two cannot drift: as the schema's description and as x-enum-descriptions, which client generators read.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FindingCodeDocumentation implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema schema = openAPI.getComponents().getSchemas().get(FindingCode.class.getSimpleName());
        if (schema == null) {
            throw new IllegalStateException("the OpenAPI document has no FindingCode schema to document");
        }
        schema.setDescription("The rule a finding breaks. Codes are stable; each has a fixed severity:\n\n"
                + Arrays.stream(FindingCode.values())
                        .map(c -> "- `" + c.name() + "` (" + c.severity() + "): " + c.description())
                        .collect(Collectors.joining("\n")));
        schema.addExtension("x-enum-descriptions", Arrays.stream(FindingCode.values())
                .map(c -> c.severity() + ": " + c.description()).toList());
    }
}
