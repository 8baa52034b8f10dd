package org.evidenceapi.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.evidenceapi.common.config.EvidenceConfig;

/**
 * The SSRF guard: which URLs deliveries may go to. https only, and no host that resolves to an address inside our
 * own network (loopback, link-local such as cloud metadata at 169.254.169.254, private, shared, wildcard,
 * multicast), unless configured otherwise. Checked at registration and again before each send, as DNS may have
 * changed since.
 */
final class TargetGuard {
    static final int MAX_URL_LENGTH = 2000;

    /** Looks a host name up; a seam for tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    TargetGuard(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    TargetGuard(boolean allowHttp, boolean allowPrivate) {
        this(allowHttp, allowPrivate, InetAddress::getAllByName);
    }

    /** The guard the settings ask for: registration and every send check targets with it. */
    static TargetGuard configured(EvidenceConfig.Webhooks settings) {
        return new TargetGuard(settings.allowHttp(), settings.allowPrivateTargets());
    }

    /** Why {@code url} may not receive deliveries, or empty when it may. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of("must be an absolute URL with a host, such as https://example.org/hooks");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must use https or http" : "must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; receivers check the signature instead");
        }
        return allowPrivate ? Optional.empty() : addressRefusal(uri.getHost());
    }

    private Optional<String> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("resolves to " + address.getHostAddress()
                        + ", a loopback, link-local, private or multicast address");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        boolean thisNetwork = bytes.length == 4 && bytes[0] == 0; // 0.0.0.0/8
        boolean sharedSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64/10
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || thisNetwork
                || sharedSpace;
    }
}
