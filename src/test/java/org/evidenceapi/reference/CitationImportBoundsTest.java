package org.evidenceapi.reference;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.problem;
import static org.evidenceapi.reference.CitationImportTest.BIBTEX;
import static org.evidenceapi.reference.CitationImportTest.REFERENCES;
import static org.evidenceapi.reference.CitationImportTest.RIS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BibTeX and RIS bodies are read within {@link ImportLimits}: a short body whose @string macros double one another,
 * or whose braces nest thousands deep, is a 400 naming the limit, not minutes of CPU or a stack overflow; nothing
 * is written; and ordinary entries with a macro or two still import.
 */
@QuarkusTest
class CitationImportBoundsTest {
    /** Abandons a request rather than hang the suite if a body ever stops the service again. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 60_000).setParam("http.socket.timeout", 60_000));

    /** The finding: s0 = "ha", each next macro the one before twice, the title the last (2^levels "ha"). */
    private static String doubling(int levels, String doi) {
        StringBuilder body = new StringBuilder("@string{s0=\"ha\"}\n");
        for (int i = 1; i <= levels; i++) {
            body.append("@string{s").append(i).append(" = s").append(i - 1).append(" # s").append(i - 1).append("}\n");
        }
        return body.append("@article{x, title = s").append(levels).append(", doi = {").append(doi).append("}}\n")
                .toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 22})
    void macrosThatDoubleOneAnotherAreA400NamingTheLimit(int levels) {
        String doi = "10.5555/cite-bounds-doubling-" + levels;
        refused(BIBTEX, doubling(levels, doi), doi, "@string macros expand to more than 65,536 characters");
    }

    @Test
    void macrosNestedTooDeepAreA400() {
        StringBuilder body = new StringBuilder("@string{s1 = {Placebo}}\n");
        for (int i = 2; i <= 40; i++) {
            body.append("@string{s").append(i).append(" = s").append(i - 1).append("}\n");
        }
        String doi = "10.5555/cite-bounds-macro-depth";
        body.append("@article{x, title = s40, doi = {").append(doi).append("}}");
        refused(BIBTEX, body.toString(), doi, "nests @string macros more than 16 deep");
    }

    @Test
    void bracesNestedTenThousandDeepAreA400NotA500() {
        String doi = "10.5555/cite-bounds-braces";
        String title = "{".repeat(10_000) + "T" + "}".repeat(10_000);
        String body = "@article{x, doi = {" + doi + "}, title = {" + title + "}}";
        refused(BIBTEX, body, doi, "nests braces more than 32 deep");
    }

    @Test
    void manyConcatenationsAreA400NotA500() {
        String doi = "10.5555/cite-bounds-concatenations";
        String body = "@article{x, doi = {" + doi + "}, title = " + "{a} # ".repeat(100_000) + "{b}}";
        refused(BIBTEX, body, doi, "more than 256 concatenations");
    }

    @Test
    void anEntryOverTheTextLimitIsA400() {
        String doi = "10.5555/cite-bounds-text";
        String body = "@article{x, doi = {" + doi + "}, title = {T}, abstract = {" + "word ".repeat(14_000) + "}}";
        refused(BIBTEX, body, doi, "holds more than 65,536 characters");
    }

    /** jbibtex would read the named file from the server's disk (and /dev/zero forever). */
    @Test
    void includeIsA400() {
        String doi = "10.5555/cite-bounds-include";
        refused(BIBTEX, "@include{/dev/null}\n@article{x, title = {T}, doi = {" + doi + "}}", doi, "@include");
    }

    /**
     * One entry can only cross-refer to itself, which jbibtex followed until the stack overflowed, or to none,
     * which it refused with an exception nothing caught: both were 500s.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x", "nowhere"})
    void crossrefIsA400(String target) {
        String doi = "10.5555/cite-bounds-crossref-" + target;
        refused(BIBTEX, "@article{x, crossref = {" + target + "}, title = {T}, doi = {" + doi + "}}", doi, "crossref");
    }

    @Test
    void risOverTheTextLimitIsA400() {
        String doi = "10.5555/cite-bounds-ris";
        String body = "TY  - JOUR\nTI  - T\nDO  - " + doi + "\n" + "AU  - Doe, John\n".repeat(5_000) + "ER  - \n";
        refused(RIS, body, doi, "longer than 65,536 characters");
    }

    @Test
    void anOrdinaryEntryWithMacrosAndBracesStillImports() {
        String bibtex = """
                @string{bmj = "BMJ"}
                @string{bmjopen = bmj # " Open"}
                @Article{Legit2021,
                  author  = {M{\\"u}ller, J{\\"o}rg and {World Health Organization}},
                  title   = {{Placebo} effects in {{acupuncture}} trials: {HPA} \\& {C\\#}},
                  journal = bmjopen,
                  year    = 2021,
                  month   = jan,
                  doi     = {10.5555/cite-bounds-legit}
                }""";
        post(BIBTEX, bibtex).then().statusCode(201)
                .body("title", equalTo("Placebo effects in acupuncture trials: HPA & C#"))
                .body("containerTitle", equalTo("BMJ Open"))
                .body("authors[0].family", equalTo("Müller"))
                .body("authors[1].literal", equalTo("World Health Organization"))
                .body("year", equalTo(2021));
    }

    /**
     * Posts at the limits take CPU, but only so much: a public read is served while several are in flight. Each
     * poster repeats its post until the read has been answered (so they are all still posting when it is);
     * each post is refused after being read in full (a year in the future), so nothing is written.
     */
    @Test
    void aPublicReadIsServedWhileHeavyPostsAreInFlight() throws Exception {
        String heavy = "@article{x, title = {T}, year = {3020}, editor = {"
                + "Doe, J. and ".repeat((ImportLimits.MAX_TEXT - 100) / 12) + "Roe, R.}}";
        int posters = 4;
        AtomicBoolean read = new AtomicBoolean();
        CountDownLatch posting = new CountDownLatch(posters);
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        try {
            List<Future<List<Integer>>> statuses = new ArrayList<>();
            for (int p = 0; p < posters; p++) {
                statuses.add(pool.submit(() -> {
                    List<Integer> answers = new ArrayList<>();
                    for (int n = 0; n < 200 && (n == 0 || !read.get()); n++) {
                        posting.countDown();
                        answers.add(post(BIBTEX, heavy).statusCode());
                    }
                    return answers;
                }));
            }
            posting.await();
            given().config(PATIENT).get(V1 + "/articles").then().statusCode(200);
            read.set(true);
            for (Future<List<Integer>> answers : statuses) {
                answers.get().forEach(status -> assertEquals(400, status, "a heavy post answered " + status));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static io.restassured.response.Response post(String mediaType, String body) {
        return editor().config(PATIENT).contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8))
                .post(REFERENCES);
    }

    /** A 400 problem whose detail says {@code detail}, and no reference with the body's DOI. */
    private static void refused(String mediaType, String body, String doi, String detail) {
        problem(post(mediaType, body), 400, "Bad Request", REFERENCES).body("detail", containsString(detail));
        given().queryParam("doi", doi).get(REFERENCES).then().statusCode(200).body("items", empty());
    }
}
