package org.evidenceapi.integrity;

import static org.evidenceapi.common.Api.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import org.evidenceapi.common.Api;
import org.evidenceapi.importing.TestDocuments;

/**
 * A clean two-claim article (each claim cites its own paper and links a human trial with a sample size; nothing
 * to report) as an editable import document, so that a test changes only what its rule is about.
 */
final class TestArticle {
    final String slug;
    final ObjectNode doc;

    TestArticle(ObjectMapper json, String slug) {
        this.slug = slug;
        this.doc = json.valueToTree(TestDocuments.article(slug, 2, 2));
    }

    /** Reference [n]. */
    ObjectNode reference(int n) {
        return (ObjectNode) doc.withArray("references").get(n - 1);
    }

    /** A further paper, as [3], [4]...: a copy of [1] with its own DOI and title. */
    ObjectNode addReference() {
        ArrayNode references = doc.withArray("references");
        int n = references.size() + 1;
        ObjectNode copy = reference(1).deepCopy();
        copy.put("doi", "10.5555/" + slug + "." + n).put("title", "Paper " + n + " for " + slug);
        references.add(copy);
        return copy;
    }

    /** Claim at position n (1-based). */
    ObjectNode claim(int n) {
        return (ObjectNode) doc.withArray("claims").get(n - 1);
    }

    TestArticle cites(int claim, int... numbers) {
        ArrayNode citations = claim(claim).putArray("citations");
        for (int number : numbers) {
            citations.add(number);
        }
        return this;
    }

    /** Study s1 or s2 (the study of claim 1 or 2, reported by [1] or [2]). */
    ObjectNode study(int n) {
        return (ObjectNode) doc.withArray("studies").get(n - 1);
    }

    /** Replaces the text of the article's first paragraph. */
    TestArticle text(String paragraph) {
        ((ObjectNode) doc.at("/article/sections/0/blocks/0")).put("text", paragraph);
        return this;
    }

    TestArticle status(String status) {
        ((ObjectNode) doc.get("article")).put("status", status);
        return this;
    }

    /**
     * Imported as the document says, PUBLISHED unless told otherwise, so that anyone reads its report: flaws and
     * all, on purpose, by an admin's override of the publish gate.
     */
    TestArticle importIt() {
        admin().queryParam("publishOverride", "Integrity rule fixture")
                .contentType(ContentType.JSON).body(doc.toString()).post(Api.V1 + "/imports").then().statusCode(201);
        return this;
    }
}
