package org.evidenceapi.integrity;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evidenceapi.common.Api;

/**
 * Reads an article's integrity report as an editor would scan it: one line per finding, "CODE claim 13 [10] study",
 * naming the claim by its position, the reference by its number and whether a study is concerned.
 */
final class Reports {
    private Reports() {
    }

    static JsonPath report(String slug, String token) {
        return as(token).get(Api.V1 + "/articles/" + slug + "/integrity").then().statusCode(200).extract().jsonPath();
    }

    static List<String> lines(String slug) {
        return lines(slug, null);
    }

    static List<String> lines(String slug, String token) {
        Map<String, Integer> positions = new HashMap<>();
        List<Map<String, Object>> claims = as(token).get(Api.V1 + "/articles/" + slug + "/claims?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("items");
        claims.forEach(c -> positions.put((String) c.get("id"), (Integer) c.get("position")));
        List<Map<String, Object>> findings = report(slug, token).getList("findings");
        return findings.stream().map(f -> line(f, positions)).toList();
    }

    private static String line(Map<String, Object> f, Map<String, Integer> positions) {
        StringBuilder line = new StringBuilder((String) f.get("code"));
        if (f.get("claimId") != null) {
            line.append(" claim ").append(positions.get(f.get("claimId")));
        }
        if (f.get("referenceNumber") != null) {
            line.append(" [").append(f.get("referenceNumber")).append("]");
        }
        if (f.get("studyId") != null) {
            line.append(" study");
        }
        return line.toString();
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().header("Authorization", token);
    }
}
