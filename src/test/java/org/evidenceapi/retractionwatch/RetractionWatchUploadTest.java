package org.evidenceapi.retractionwatch;

import static io.restassured.RestAssured.given;
import static org.evidenceapi.common.Api.SEED_PATH;
import static org.evidenceapi.common.Api.V1;
import static org.evidenceapi.common.Api.admin;
import static org.evidenceapi.common.Api.editor;
import static org.evidenceapi.common.Api.etag;
import static org.evidenceapi.common.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.common.Api;
import org.evidenceapi.common.Tokens;
import org.evidenceapi.operations.IsolatedLibrary;
import org.evidenceapi.reference.Reference;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;

/**
 * POST /references/retraction-watch with a small file in the data set's exact format (src/test/resources/
 * retraction-watch/sample.csv): statuses and notices applied, every row accounted for, idempotent, and nothing
 * applied when the body is refused or cut off. Each test works on papers of its own, on a library of its own.
 */
@QuarkusTest
@TestProfile(RetractionWatchUploadTest.Library.class)
class RetractionWatchUploadTest {
    static final String UPLOAD = V1 + "/references/retraction-watch";
    static final String HEADER = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,"
            + "ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,"
            + "OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes";
    private static final String VICKERS = "10.1016/j.jpain.2017.11.005";
    private static final String BMJ_OPEN = "10.1136/bmjopen-2012-001164";
    private static final String AJPGI = "10.1152/ajpgi.1996.271.3.G524";
    private static final String CTIM = "10.1016/j.ctim.2025.103184";

    public static class Library extends IsolatedLibrary {
        @Override
        protected String database() {
            return "retraction_watch";
        }
    }

    @TestHTTPResource("/")
    URI root;
    @Inject
    EntityManager entityManager;

    @Test
    void theSampleSetsStatusesAndNoticesAndAccountsForEveryRow() throws IOException {
        assertTrue(vickersFindings().isEmpty(), "the seed's claims citing Vickers are not flagged yet");
        int vickersRevisions = revisions(VICKERS);

        upload(sample()).then().statusCode(200).contentType(containsString("application/json"))
                .body("rowsRead", equalTo(13)).body("matched", equalTo(6)).body("unmatched", equalTo(2))
                .body("malformed", equalTo(5)).body("changed", equalTo(4)).body("unchanged", equalTo(0))
                .body("malformedRows.line", equalTo(List.of(11, 12, 13, 14, 15)))
                .body("malformedRows.column", equalTo(java.util.Arrays.asList("RetractionDate", "RetractionNature",
                        null, null, "OriginalPaperDOI")))
                .body("malformedRows[0].message", containsString("'2024-03-18' is not a date"))
                .body("malformedRows[1].message", containsString("'Retracted' is not"))
                .body("malformedRows[2].message", containsString("not valid CSV"))
                .body("malformedRows[3].message", containsString("has 3 fields where the header has 20"))
                .body("malformedRows[4].message", containsString("'not-a-doi' is not a DOI"));

        paper(VICKERS).body("updateStatus", equalTo("RETRACTED"))
                .body("updateNoticeDoi", equalTo("10.1016/j.jpain.2024.03.001"))
                .body("updateNoticeDate", equalTo("2024-03-18"));
        paper(BMJ_OPEN).body("updateStatus", equalTo("EXPRESSION_OF_CONCERN"))
                .body("updateNoticeDoi", nullValue()).body("updateNoticeDate", equalTo("2025-01-09"));
        paper(AJPGI).body("updateStatus", equalTo("CORRECTED"))
                .body("updateNoticeDoi", equalTo("10.1152/ajpgi.2021.001"))
                .body("updateNoticeDate", equalTo("2021-02-01"));
        paper(CTIM).body("updateStatus", equalTo("NONE"))
                .body("updateNoticeDoi", equalTo("10.1016/j.ctim.2025.900002"))
                .body("updateNoticeDate", equalTo("2025-06-01"));
        assertEquals(vickersRevisions + 1, revisions(VICKERS), "Envers recorded the change");
        assertFalse(vickersFindings().isEmpty(), "the seed's claims citing Vickers are flagged");

        // Again, as a Windows tool would save it: a byte order mark and CRLF line ends.
        upload("\uFEFF" + sample().replace("\n", "\r\n")).then().statusCode(200).body("rowsRead", equalTo(13))
                .body("matched", equalTo(6)).body("changed", equalTo(0)).body("unchanged", equalTo(4))
                .body("malformed", equalTo(5)).body("malformedRows.line", equalTo(List.of(11, 12, 13, 14, 15)));
        assertEquals(vickersRevisions + 1, revisions(VICKERS), "a second upload writes nothing");
    }

    @Test
    void aReinstatementLowersOnlyAStatusANoticeSet() {
        String brainsci = "10.3390/brainsci15010072";
        upload(csv(row("10.3390/brainsci.2024.1", "5/1/2024 0:00", brainsci, "Retraction")))
                .then().statusCode(200).body("changed", equalTo(1));
        paper(brainsci).body("updateStatus", equalTo("RETRACTED"));
        upload(csv(row("10.3390/brainsci.2024.1", "5/1/2024 0:00", brainsci, "Retraction"),
                row("10.3390/brainsci.2024.2", "7/1/2024 0:00", brainsci, "Reinstatement")))
                .then().statusCode(200).body("matched", equalTo(2)).body("changed", equalTo(1));
        paper(brainsci).body("updateStatus", equalTo("NONE")).body("updateNoticeDoi", equalTo("10.3390/brainsci.2024.2"))
                .body("updateNoticeDate", equalTo("2024-07-01"));

        String joe = "10.1530/JOE-12-0404";
        String id = paper(joe).extract().path("items[0].id");
        String path = V1 + "/references/" + id;
        String etag = etag(path);
        editor().header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"updateStatus\": \"RETRACTED\"}")
                .patch(path).then().statusCode(200);
        upload(csv(row("10.1530/notice.1", "1/1/2020 0:00", joe, "Retraction"),
                row("10.1530/notice.2", "2/1/2020 0:00", joe, "Reinstatement")))
                .then().statusCode(200).body("matched", equalTo(2)).body("changed", equalTo(0))
                .body("unchanged", equalTo(1));
        paper(joe).body("updateStatus", equalTo("RETRACTED")).body("updateNoticeDate", nullValue());
    }

    @Test
    void onlyAdminsMayUpload() {
        problem(given().contentType("text/csv").body(csv()).post(UPLOAD), 401, "Unauthorized", UPLOAD);
        problem(editor().contentType("text/csv").body(csv()).post(UPLOAD),
                403, "Forbidden", UPLOAD);
    }

    @Test
    void aBodyWithoutTheHeaderIsRefusedNamingTheMissingColumns() {
        problem(upload("Record ID,Title,OriginalPaperPubMedID,RetractionDate,RetractionDOI\n1,x,123,1/1/2020 0:00,\n"),
                400, "Bad Request", UPLOAD)
                .body("detail", containsString("OriginalPaperDOI, RetractionNature"))
                .body("errors.field", equalTo(List.of("OriginalPaperDOI", "RetractionNature")));
        problem(upload("{\"OriginalPaperDOI\": \"10.1016/j.jpain.2017.11.005\"}"), 400, "Bad Request", UPLOAD)
                .body("errors.field", hasItem("RetractionNature"));
        problem(upload(""), 400, "Bad Request", UPLOAD).body("detail", containsString("empty"));
        problem(admin().contentType("application/json").body("{}")
                .post(UPLOAD), 415, "Unsupported Media Type", UPLOAD);
    }

    @Test
    void aQuoteNeverClosedRefusesTheWholeBody() {
        String ctcp = "10.1016/j.ctcp.2022.101541";
        problem(upload(csv(row("10.9/n.1", "1/1/2024 0:00", ctcp, "Retraction"),
                "1,\"never closed,x", "2,no quote here,x")), 400, "Bad Request",
                UPLOAD).body("detail", containsString("line 3"));
        paper(ctcp).body("updateStatus", equalTo("NONE")).body("updateNoticeDate", nullValue());
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWhole() {
        String pmc = "10.1155/2022/9467002";
        byte[] head = csv(row("10.1155/notice.1", "1/1/2024 0:00", pmc, "Retraction")).getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 3);
        body[head.length] = (byte) 0xFF;
        body[head.length + 1] = ',';
        body[head.length + 2] = '\n';
        problem(admin().contentType("text/csv").body(body).post(UPLOAD),
                400, "Bad Request", UPLOAD).body("detail", containsString("not UTF-8"));
        paper(pmc).body("updateStatus", equalTo("NONE")).body("updateNoticeDate", nullValue());
    }

    /** Larger than every other route takes (1 MiB), yet within this route's own limit. */
    @Test
    void aBodyOverTheServiceLimitIsTakenHere() {
        String unmatched = row("10.9/n", "1/1/2024 0:00", "10.9999/none", "Retraction");
        int rows = 1_200_000 / unmatched.length() + 1;
        upload(csv(java.util.Collections.nCopies(rows, unmatched).toArray(String[]::new))).then().statusCode(200)
                .body("rowsRead", equalTo(rows)).body("unmatched", equalTo(rows)).body("changed", equalTo(0));
    }

    /** A body that stops short, declared by Content-Length or chunked, changes nothing; sent whole, it does. */
    @Test
    void anUploadCutOffMidStreamAppliesNothing() throws Exception {
        String meta = "10.3389/fendo.2022.921119";
        byte[] body = csv(row("10.3389/notice.1", "3/3/2023 0:00", meta, "Retraction"),
                row("10.9/n", "1/1/2024 0:00", "10.9999/none", "Retraction")).getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2 + 200;
        int before = revisions(meta);

        sendRaw("Content-Length: " + body.length + "\r\n", java.util.Arrays.copyOf(body, half));
        sendRaw("Transfer-Encoding: chunked\r\n", (Integer.toHexString(half) + "\r\n"
                + new String(body, 0, half, StandardCharsets.UTF_8) + "\r\n").getBytes(StandardCharsets.UTF_8));
        Thread.sleep(500);
        paper(meta).body("updateStatus", equalTo("NONE")).body("updateNoticeDate", nullValue());
        assertEquals(before, revisions(meta));

        upload(new String(body, StandardCharsets.UTF_8)).then().statusCode(200).body("changed", equalTo(1));
        paper(meta).body("updateStatus", equalTo("RETRACTED")).body("updateNoticeDate", equalTo("2023-03-03"));
    }

    /** Sends the request head and part of a body, then closes the connection without finishing it. */
    private void sendRaw(String framing, byte[] part) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + UPLOAD + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Tokens.admin()
                    + "\r\nContent-Type: text/csv\r\n" + framing + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.flush();
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Response upload(String csv) {
        return admin().contentType("text/csv").body(csv).post(UPLOAD);
    }

    static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + (rows.length == 0 ? "" : "\n");
    }

    /** A data row about {@code paperDoi}, every other column as the data set fills it. */
    static String row(String noticeDoi, String date, String paperDoi, String nature) {
        return "9," + "\"A title, with a comma\",(BLS) Biology;,Inst;,J,P,Country,Author,,Research Article;," + date
                + "," + noticeDoi + ",0,1/1/2018 0:00," + paperDoi + ",0," + nature + ",+Reason;,No,";
    }

    private static String sample() throws IOException {
        return Files.readString(Path.of("src/test/resources/retraction-watch/sample.csv"));
    }

    private static io.restassured.response.ValidatableResponse paper(String doi) {
        return given().queryParam("doi", doi).get(V1 + "/references").then().statusCode(200)
                .body("items.size()", equalTo(1)).rootPath("items[0]");
    }

    /** The seed cites Vickers 2018 as [9]. */
    private static List<Map<String, Object>> vickersFindings() {
        return editor().get(SEED_PATH + "/integrity").then().statusCode(200)
                .extract().path("findings.findAll { it.code == 'RETRACTED_REFERENCE' && it.claimId != null "
                        + "&& it.referenceNumber == 9 }");
    }

    private int revisions(String doi) {
        UUID id = UUID.fromString(given().queryParam("doi", doi).get(V1 + "/references").path("items[0].id"));
        return Api.inTransaction(() -> AuditReaderFactory.get(entityManager).getRevisions(Reference.class, id).size());
    }
}
