package org.evidenceapi.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A host entry covers its subdomains; a "name.*" entry covers that name under any domain. */
@Tag("unit")
class ShadowLibrariesTest {
    private final ShadowLibraries libraries = new ShadowLibraries(List.of(" Sci-Hub.* ", "library.lol", "", "gen.lib.rus.ec"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"https://sci-hub.se/10.1000/x, sci-hub.se", "https://www.sci-hub.st/abc, www.sci-hub.st",
            "HTTPS://SCI-HUB.RU/x, sci-hub.ru", "https://library.lol/main/x, library.lol",
            "http://www.library.lol/, www.library.lol", "https://library.lol./x, library.lol",
            "' http://gen.lib.rus.ec/book ', gen.lib.rus.ec"})
    void namesTheShadowLibrarysHost(String url, String host) {
        assertEquals(Optional.of(host), libraries.hostOf(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://doi.org/10.1000/x", "https://notlibrary.lol/x", "https://mysci-hub.se/x",
            "https://sci-hubby.com/x", "https://example.org/sci-hub.se", "sci-hub.se/10.1000/x", "not a url", ""})
    void passesOtherHostsAndWhatIsNoUrl(String url) {
        assertEquals(Optional.empty(), libraries.hostOf(url));
    }
}
