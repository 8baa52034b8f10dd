package org.evidenceapi.common.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The one order of every operation's parameters, which generated clients take positionally (Java) and list in
 * their docs: path parameters as the path names them, then required ones (query before header), then optional
 * query parameters by name, then optional headers by name. Written down in README "API conventions".
 */
final class ParameterOrder {
    private ParameterOrder() {
    }

    static void sort(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> sorted = new ArrayList<>(operation.getParameters());
        sorted.sort(Comparator.comparingInt((Parameter p) -> group(p))
                .thenComparingInt(p -> p.getIn() == Parameter.In.PATH ? path.indexOf("{" + p.getName() + "}") : 0)
                .thenComparing(Parameter::getName));
        operation.setParameters(sorted);
    }

    private static int group(Parameter parameter) {
        boolean required = Boolean.TRUE.equals(parameter.getRequired());
        boolean query = parameter.getIn() == Parameter.In.QUERY;
        if (parameter.getIn() == Parameter.In.PATH) {
            return 0;
        }
        if (required) {
            return query ? 1 : 2;
        }
        return query ? 3 : 4;
    }
}
