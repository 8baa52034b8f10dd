package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * Hosts of shadow libraries, from {@code evidence.integrity.shadow-library-hosts}. An entry names a host, which
 * also covers its subdomains ("library.lol" matches "www.library.lol"), or ends in ".*" to cover every domain
 * of that name ("sci-hub.*" matches "sci-hub.se", "sci-hub.ru" and "www.sci-hub.st"): mirrors come and go.
 */
@ApplicationScoped
public class ShadowLibraries {
    private final List<String> hosts;

    @Inject
    ShadowLibraries(EvidenceConfig config) {
        this(config.integrity().shadowLibraryHosts());
    }

    ShadowLibraries(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    /** The URL's host when it is a shadow library's; empty for other hosts and for what is not a URL. */
    Optional<String> hostOf(String url) {
        return host(url).filter(host -> hosts.stream().anyMatch(entry -> matches(host, entry)));
    }

    private static boolean matches(String host, String entry) {
        if (entry.endsWith(".*")) {
            String name = entry.substring(0, entry.length() - 1);
            return host.startsWith(name) || host.contains("." + name);
        }
        return host.equals(entry) || host.endsWith("." + entry);
    }

    private static Optional<String> host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
