package org.evidenceapi.webhook;

import java.util.HashMap;
import java.util.Map;
import org.evidenceapi.operations.IsolatedLibrary;

/** A database of its own and no background dispatcher: the test runs the rounds, as many at once as it likes. */
public class ManualDispatch extends IsolatedLibrary {
    @Override
    protected String database() {
        return "webhook_queue";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("evidence.webhooks.dispatch", "false");
        overrides.put("evidence.webhooks.batch-size", "4");
        return overrides;
    }
}
