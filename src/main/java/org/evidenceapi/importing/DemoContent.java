package org.evidenceapi.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.article.PublishOverride;
import org.evidenceapi.common.config.EvidenceConfig;
import org.jboss.logging.Logger;

/**
 * Loads the seed article through the import path on the first start of an empty database. It is published with
 * its source's flaws on purpose (the integrity report's showcase), so it passes the publish gate by the service's
 * own override, which its revision history shows.
 */
@ApplicationScoped
public class DemoContent {
    static final String DOCUMENT = "demo/acupuncture-part-1.json";
    static final String OVERRIDE_REASON = "Published as the source article was, flaws included, for the demo";
    private static final Logger LOG = Logger.getLogger(DemoContent.class);

    @Inject
    EvidenceConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    ArticleImporter importer;
    @Inject
    ArticleRepository articles;

    @Transactional
    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.demoContent().enabled() || articles.count() > 0) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("demo content missing from the classpath: " + DOCUMENT);
            }
            String slug = importer.importDocument(json.readValue(in, ArticleDocument.class),
                    PublishOverride.bySystem(OVERRIDE_REASON)).slug;
            LOG.infof("Loaded the demo article '%s'", slug);
        }
    }
}
