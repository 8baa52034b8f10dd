package org.evidenceapi.retractionwatch;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.LargeBodyRoute;

/** The data set is some 50 MB, far over the service's body limit: this route has a limit of its own. */
@ApplicationScoped
class UploadLimit implements LargeBodyRoute {
    static final String PATH = ApiPaths.V1 + "/references/retraction-watch";
    static final String SETTING = "evidence.retraction-watch.max-upload-size";

    @Inject
    EvidenceConfig config;

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
        return config.retractionWatch().maxUploadSize().bytes();
    }

    @Override
    public String shownLimit() {
        return config.retractionWatch().maxUploadSize().shown();
    }

    @Override
    public String setting() {
        return SETTING;
    }
}
