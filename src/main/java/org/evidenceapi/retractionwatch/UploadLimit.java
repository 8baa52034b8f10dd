package org.evidenceapi.retractionwatch;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.LargeBodyRoute;

/** The data set is some 50 MB, far over the service's body limit: this route has a limit of its own. */
@ApplicationScoped
class UploadLimit implements LargeBodyRoute {
    static final String PATH = ApiPaths.V1 + "/references/retraction-watch";
    static final String SETTING = "evidence.retraction-watch.max-upload-size";

    @ConfigProperty(name = SETTING)
    String shown;
    @ConfigProperty(name = SETTING)
    MemorySize limit;

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public MemorySize limit() {
        return limit;
    }

    @Override
    public String shownLimit() {
        return shown;
    }

    @Override
    public String setting() {
        return SETTING;
    }
}
