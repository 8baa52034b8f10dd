package org.evidenceapi.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard as production has it (https only, no internal addresses), with a fake DNS for host names. */
@Tag("unit")
class TargetGuardTest {
    private static final Map<String, String> DNS = Map.of("hooks.example.org", "93.184.216.34",
            "rebound.example.org", "10.0.0.7", "metadata.example.org", "169.254.169.254");
    private static final TargetGuard STRICT = new TargetGuard(false, false, TargetGuardTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]") ? host : null);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return InetAddress.getAllByName(address);
    }

    @Test
    void publicHttpsTargetsAreAccepted() {
        assertEquals(Optional.empty(), STRICT.refusal("https://hooks.example.org/evidence?team=7"));
        assertEquals(Optional.empty(), STRICT.refusal("https://93.184.216.34:8443/hooks"));
        assertEquals(Optional.empty(), STRICT.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks"));
    }

    @Test
    void onlyHttpsUnlessAllowed() {
        assertEquals(Optional.of("must use https"), STRICT.refusal("http://hooks.example.org/evidence"));
        assertEquals(Optional.of("must use https"), STRICT.refusal("ftp://hooks.example.org/evidence"));
        TargetGuard http = new TargetGuard(true, false, TargetGuardTest::resolve);
        assertEquals(Optional.empty(), http.refusal("http://hooks.example.org/evidence"));
        assertEquals(Optional.of("must use https or http"), http.refusal("ftp://hooks.example.org/evidence"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "[::1]", "10.1.2.3", "172.16.0.1", "192.168.1.20",
            "169.254.169.254", "[fe80::1]", "[fd12:3456::1]", "[fc00::1]", "0.0.0.0", "[::]", "224.0.0.251",
            "[ff02::1]", "100.64.0.1", "0.1.2.3", "[::ffff:127.0.0.1]", "rebound.example.org", "metadata.example.org"})
    void internalAddressesAreRefused(String host) {
        Optional<String> refusal = STRICT.refusal("https://" + host + "/hooks");
        assertTrue(refusal.isPresent() && refusal.get().startsWith("resolves to "), host + ": " + refusal);
    }

    @Test
    void internalAddressesPassWhenAllowed() {
        TargetGuard open = new TargetGuard(true, true, TargetGuardTest::resolve);
        assertEquals(Optional.empty(), open.refusal("http://127.0.0.1:8080/hooks"));
        assertEquals(Optional.empty(), open.refusal("https://[::1]/hooks"));
    }

    @Test
    void malformedUrlsAreRefused() {
        assertEquals(Optional.of("names a host that does not resolve"), STRICT.refusal("https://nowhere.invalid/"));
        assertTrue(STRICT.refusal("/relative/hooks").orElseThrow().startsWith("must be an absolute URL"));
        assertTrue(STRICT.refusal("https:opaque").orElseThrow().startsWith("must be an absolute URL"));
        assertEquals(Optional.of("is not a URL"), STRICT.refusal("https://hooks.example.org/a b"));
        assertTrue(STRICT.refusal("https://user:pw@hooks.example.org/").orElseThrow().contains("credentials"));
        assertTrue(STRICT.refusal("https://hooks.example.org/" + "a".repeat(2000)).orElseThrow().contains("2000"));
        assertEquals(Optional.of("is required"), STRICT.refusal(" "));
    }
}
