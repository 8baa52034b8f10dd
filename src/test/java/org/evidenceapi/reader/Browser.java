package org.evidenceapi.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (packages chromium and chromium-driver; nothing is downloaded).
 * Where they are not installed the browser tests are skipped, unless EVIDENCE_BROWSER_TESTS=required (CI sets it),
 * when their absence fails the run; EVIDENCE_BROWSER_TESTS=skip skips them (CI's second run, on PostgreSQL).
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Screenshots the tests take, kept as build artefacts. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open(Dimension size) {
        String mode = System.getenv().getOrDefault("EVIDENCE_BROWSER_TESTS", "");
        Assumptions.assumeFalse("skip".equals(mode), "EVIDENCE_BROWSER_TESTS=skip");
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(mode)) {
            throw new IllegalStateException("EVIDENCE_BROWSER_TESTS=required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian's chromium and chromium-driver): browser tests skipped");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=" + size.width + "," + size.height, "--lang=en-GB");
        if (size.equals(PHONE)) {
            // A headless window is at least 500 px wide; a phone is emulated as Chrome's device mode does it.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", size.width, "height", size.height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** Keeps a measurement beside the screenshots (timings are reported by the build, not asserted). */
    static void record(String what, List<Double> millis) throws IOException {
        List<Double> sorted = millis.stream().sorted().toList();
        String line = String.format(java.util.Locale.ROOT, "%s: median %.1f, min %.1f, max %.1f (%d loads)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("timings.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.print(line);
    }

    /** Loads a page and waits until the reader has rendered it (its main region is no longer busy). */
    Browser read(String url) {
        driver.get(url);
        waitUntil(d -> "false".equals(d.findElement(org.openqa.selenium.By.id("main")).getAttribute("aria-busy")));
        return this;
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The serious and critical violations axe-core finds on the page (WCAG 2.0 and 2.1, A and AA), described. */
    List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
