package org.evidenceapi.reader;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.article.EditorArticles;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The reader and the widget in Debian's headless Chromium: what a person sees, with the seed article. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {
    /** The seed's meta-analysis claim: 39 studies and 20,827 people. */
    static final String META_ANALYSIS = "20,827";

    @TestHTTPResource("/")
    URL root;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(Browser.DESKTOP);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    @Test
    void theListShowsTheApisPagesAndLinksToEachArticlesReaderPage() {
        browser.read(url("/"));
        assertEquals("Articles", browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals(Api.json(Api.V1 + "/articles?limit=20").getList("items.title"),
                browser.driver.findElements(By.cssSelector(".article-item h2 a")).stream().map(WebElement::getText)
                        .toList());
        // other tests' articles may come first: page on until the seed's
        By seed = By.cssSelector("a[href='/read/" + Api.SEED + "']");
        for (int pages = 1; browser.driver.findElements(seed).isEmpty(); pages++) {
            assertTrue(pages < 100, "the seed article is on one of the list's pages");
            browser.read(browser.driver.findElement(By.linkText("Older →")).getAttribute("href"));
        }
        assertEquals("What Are the Health Benefits of Acupuncture?", browser.driver.findElement(seed).getText());
    }

    @Test
    void anArticleRendersWithEveryClaimHighlightedInItsText() {
        browser.read(url("/read/" + Api.SEED));
        int claims = Api.json(Api.SEED_PATH + "/claims?limit=100").getList("items").size();
        assertEquals(31, claims);
        assertEquals(claims, browser.driver.findElements(By.cssSelector("button.claim-marker")).size());
        assertTrue(browser.driver.findElements(By.cssSelector(".claim-text")).stream()
                .allMatch(text -> !text.findElements(By.tagName("mark")).isEmpty()), "each claimed passage is marked");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText(), containsString("Acupuncture"));
        assertTrue(browser.driver.findElements(By.cssSelector(".evidence-card")).stream().noneMatch(WebElement::isDisplayed),
                "cards stay closed until asked for");
    }

    @Test
    void aClaimsEvidenceCardShowsTheSeedsNumbersAndItsReferences() {
        browser.read(url("/read/" + Api.SEED));
        WebElement card = openCard(META_ANALYSIS);
        assertThat(card.getText(), containsString("People: 20,827 (39 studies)"));
        assertThat(card.getText(), containsString("Certainty:"));
        assertThat(card.getText(), containsString("Meta-analysis"));
        assertEquals(3, card.findElements(By.cssSelector(".card-references li")).size(), card.getText());
        assertFalse(card.findElements(By.cssSelector(".card-references a[href^='https://doi.org/']")).isEmpty());
    }

    @Test
    void aKeyboardOpensAndClosesACard() {
        browser.read(url("/read/" + Api.SEED));
        WebElement marker = browser.driver.findElements(By.cssSelector("button.claim-marker")).get(0);
        marker.sendKeys(Keys.ENTER);
        WebElement card = browser.driver.findElement(By.id(marker.getAttribute("aria-controls")));
        assertTrue(card.isDisplayed());
        assertEquals("true", marker.getAttribute("aria-expanded"));
        marker.sendKeys(Keys.ESCAPE);
        assertFalse(card.isDisplayed());
        assertEquals("false", marker.getAttribute("aria-expanded"));
    }

    @Test
    void switchingTheCitationStyleReformatsTheBibliography() {
        browser.read(url("/read/" + Api.SEED));
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.references[data-style]")).size() == 1);
        new Select(browser.driver.findElement(By.id("style"))).selectByValue("apa");
        browser.waitUntil(d -> "apa".equals(d.findElement(By.cssSelector("section.references")).getAttribute("data-style")));
        String apa = browser.driver.findElement(By.id("ref-9")).getText();
        new Select(browser.driver.findElement(By.id("style"))).selectByValue("vancouver");
        browser.waitUntil(d -> "vancouver".equals(d.findElement(By.cssSelector("section.references")).getAttribute("data-style")));
        String vancouver = browser.driver.findElement(By.id("ref-9")).getText();
        assertNotEquals(apa, vancouver);
        assertThat(apa, containsString("(2018)"));
        assertThat(vancouver, containsString("2018;19(5)"));
        new Select(browser.driver.findElement(By.id("style"))).selectByValue("apa");
    }

    @Test
    void integrityWarningsShowToASignedInEditorOnly() {
        browser.read(url("/read/" + Api.SEED));
        assertTrue(browser.driver.findElements(By.cssSelector(".integrity")).isEmpty());
        browser.script("sessionStorage.setItem('evidence.token', arguments[0])", Tokens.editor().substring(7));
        try {
            browser.read(url("/read/" + Api.SEED));
            browser.waitUntil(d -> !d.findElements(By.cssSelector(".integrity")).isEmpty());
            assertThat(browser.driver.findElement(By.cssSelector(".integrity h2")).getText(),
                    containsString("Integrity warnings"));
        } finally {
            browser.script("sessionStorage.removeItem('evidence.token')");
        }
    }

    @Test
    void axeCoreFindsNoSeriousViolationOnTheListOrAnArticleWithACardOpen() {
        browser.read(url("/"));
        assertThat(browser.seriousAccessibilityViolations(), empty());
        browser.read(url("/read/" + Api.SEED));
        openCard(META_ANALYSIS);
        assertThat(browser.seriousAccessibilityViolations(), empty());
    }

    @Test
    void theWidgetRendersAClaimOnAPageOfAConfiguredOrigin() throws IOException {
        String claimId = claimId(META_ANALYSIS);
        HttpServer thirdParty = thirdPartyPage("<evidence-claim claim-id=\"" + claimId + "\"></evidence-claim>");
        try {
            browser.driver.get("http://127.0.0.1:" + thirdParty.getAddress().getPort() + "/");
            browser.waitUntil(d -> "true".equals(browser.script(
                    "const e = document.querySelector('evidence-claim'); return e && e.getAttribute('data-rendered')")));
            String card = (String) browser.script("return document.querySelector('evidence-claim').shadowRoot.textContent");
            assertThat(card, containsString("People: 20,827 (39 studies)"));
            assertThat(card, not(containsString("Evidence unavailable")));
        } finally {
            thirdParty.stop(0);
        }
    }

    @Test
    void theWidgetDoesNotLoadOnAnOriginTheServiceDoesNotAdmit() throws IOException, InterruptedException {
        HttpServer thirdParty = thirdPartyPage("<evidence-claim claim-id=\"" + claimId(META_ANALYSIS)
                + "\"></evidence-claim>");
        try {
            // localhost is not among the test profile's origins (127.0.0.1 is): the module script is refused
            browser.driver.get("http://localhost:" + thirdParty.getAddress().getPort() + "/");
            Thread.sleep(2000);
            assertEquals(Boolean.FALSE, browser.script("return !!customElements.get('evidence-claim')"));
        } finally {
            thirdParty.stop(0);
        }
    }

    @Test
    void anArticleReadOnceOpensOffline() throws IOException {
        browser.read(url("/read/" + Api.SEED));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!navigator.serviceWorker.controller")));
        browser.read(url("/read/" + Api.SEED)); // now through the worker, which stores the answers
        offline(true);
        try {
            List<Double> articles = new ArrayList<>();
            List<Double> complete = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                browser.read(url("/read/" + Api.SEED));
                assertEquals(31, browser.driver.findElements(By.cssSelector("button.claim-marker")).size());
                articles.add(((Number) browser.script("return performance.getEntriesByName('evidence:article-rendered')[0]"
                        + ".startTime")).doubleValue());
                complete.add(Double.valueOf(browser.driver.findElement(By.tagName("body")).getAttribute("data-rendered")));
            }
            Browser.record("offline, from the worker's store: the seed article with its 31 claims on screen "
                    + "(ms from navigation)", articles);
            Browser.record("offline, from the worker's store: and its 29 references formatted", complete);
        } finally {
            offline(false);
        }
    }

    @Test
    void storedArticlesFollowTheChangesFeedSoAWithdrawnOneIsNotShownOffline() {
        String changed = publishedArticle("reader-feed-changed-");
        String withdrawn = publishedArticle("reader-feed-withdrawn-");
        browser.read(url("/"));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return !!navigator.serviceWorker.controller")));
        browser.read(url("/read/" + changed));
        browser.read(url("/read/" + withdrawn));
        browser.waitUntil(d -> !"none".equals(storedTitle(changed)) && !"none".equals(storedTitle(withdrawn)));

        EditorArticles.patch(changed, Map.of("title", "Changed while the reader was away"));
        EditorArticles.archive(withdrawn);
        browser.read(url("/")); // a page of neither article: the feed, not a read, brings both changes
        browser.waitUntil(d -> "Changed while the reader was away".equals(storedTitle(changed))
                && "none".equals(storedTitle(withdrawn)));

        offline(true);
        try {
            browser.read(url("/read/" + changed));
            assertEquals("Changed while the reader was away", browser.driver.findElement(By.tagName("h1")).getText());
            browser.read(url("/read/" + withdrawn));
            // offline emulation holds the page's requests, not the worker's own: those reach the server (a 404)
            assertThat(browser.driver.findElement(By.tagName("h1")).getText(), oneOf("Offline", "Not found"));
            assertTrue(browser.driver.findElements(By.cssSelector("button.claim-marker")).isEmpty());
        } finally {
            offline(false);
        }
    }

    /** A published article of one claim, written as an editor; answers its slug. */
    private static String publishedArticle(String prefix) {
        String slug = EditorArticles.draft(prefix + UUID.randomUUID().toString().substring(0, 8));
        EditorArticles.claim(slug);
        EditorArticles.publish(slug);
        return slug;
    }

    /** The title of the article as the service worker has it stored; "none" when it stores no answer for it. */
    private String storedTitle(String slug) {
        return (String) browser.script("return caches.open('evidence-reader-v1').then(async (cache) => {"
                + " const key = (await cache.keys()).find((r) => new URL(r.url).pathname === '/api/v1/articles/"
                + slug + "'); return key ? (await (await cache.match(key)).json()).title : 'none'; })");
    }

    private void offline(boolean offline) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    @Test
    void screenshotsOfTheReaderOnADesktopAndAPhone() throws IOException {
        browser.read(url("/read/" + Api.SEED));
        openCard(META_ANALYSIS);
        assertTrue(Files.size(browser.screenshot("reader-desktop")) > 10_000);
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.read(url("/read/" + Api.SEED));
            WebElement marker = markerOf(phone, META_ANALYSIS);
            phone.script("arguments[0].scrollIntoView({block: 'center'})", marker);
            marker.click();
            Number width = (Number) phone.script("return document.documentElement.scrollWidth");
            assertTrue(width.intValue() <= Browser.PHONE.width, "no sideways scrolling on a phone: " + width + " " + phone.script(
                    "return innerWidth + ' ' + [...document.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 12).map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().left) + '-' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
            assertTrue(Files.size(phone.screenshot("reader-phone")) > 10_000);
        }
    }

    private WebElement openCard(String statementPart) {
        WebElement marker = markerOf(browser, statementPart);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", marker);
        marker.click();
        WebElement card = browser.driver.findElement(By.id(marker.getAttribute("aria-controls")));
        assertTrue(card.isDisplayed());
        return card;
    }

    private static WebElement markerOf(Browser browser, String statementPart) {
        return browser.driver.findElements(By.cssSelector("button.claim-marker")).stream()
                .filter(b -> b.getAttribute("title").contains(statementPart)).findFirst().orElseThrow();
    }

    private static String claimId(String statementPart) {
        return Api.json(Api.SEED_PATH + "/claims?limit=100").getList("items", Map.class).stream()
                .filter(c -> ((String) c.get("statement")).contains(statementPart)).findFirst()
                .map(c -> (String) c.get("id")).orElseThrow();
    }

    /** A page of another origin that embeds the widget with one script tag, as a third party's page would. */
    private HttpServer thirdPartyPage(String body) throws IOException {
        byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Third party</title>"
                + "<script type=\"module\" src=\"" + url("/widget/evidence.js") + "\"></script></head>"
                + "<body><main>" + body + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
    }
}
