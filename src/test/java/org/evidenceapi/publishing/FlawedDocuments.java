package org.evidenceapi.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.importing.TestDocuments;

/**
 * Article documents with the flaws the integrity report exists to find: claim 1 cites [12] of 3 references
 * (CITATION_WITHOUT_REFERENCE, an ERROR) and reference [3] is the paper of [1] again, by DOI (DUPLICATE_REFERENCE,
 * a warning). Reference [2]'s DOI, 10.5555/{slug}.2, is new to the library: whether it exists tells what was written.
 */
final class FlawedDocuments {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private FlawedDocuments() {
    }

    static ObjectNode flawed(String slug, ArticleStatus status) {
        ObjectNode doc = clean(slug, status);
        ((ArrayNode) doc.get("claims").get(0).get("citations")).removeAll().add(12);
        ArrayNode references = (ArrayNode) doc.get("references");
        ((ObjectNode) references.get(2)).put("doi", references.get(0).get("doi").asText());
        return doc;
    }

    static ObjectNode clean(String slug, ArticleStatus status) {
        return JSON.valueToTree(TestDocuments.article(slug, 3, 3, status));
    }
}
