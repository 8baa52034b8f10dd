package org.evidenceapi.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.evidenceapi.author.AuthorView;
import org.evidenceapi.claim.ClaimView;
import org.evidenceapi.common.http.ApiPaths;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.reference.CitedReference;
import org.evidenceapi.reference.ReferenceAuthor;
import org.evidenceapi.reference.ReferenceView;
import org.evidenceapi.topic.TopicView;

/**
 * An article as schema.org JSON-LD, for search engines and linked-data tools: a MedicalScholarlyArticle with its
 * authors (and their credentials), topics, bibliography (each entry with its DOI and PubMed identifiers and the
 * addresses that resolve them) and claims, each citing bibliography entries by their @id.
 */
@ApplicationScoped
public class ArticleJsonLd {
    public static final String MEDIA_TYPE = "application/ld+json";
    static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    @Inject
    ObjectMapper json;
    @Inject
    ArticleDocuments documents;

    /**
     * The article {@code key} names, as the viewer may see it, as a JSON-LD document; its address is under the
     * base URI of the request, by slug. The one rendering behind getArticle's ld+json and getArticleLinkedData.
     */
    public byte[] document(IdOrSlug key, UriInfo uri) {
        ArticleView article = documents.get(key, ArticleInclude.LINKED_DATA);
        String url = uri.getBaseUriBuilder().path(ApiPaths.V1).path("articles").path(article.slug()).build()
                .toString();
        try {
            return json.writeValueAsBytes(of(article, url));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    /** {@code article} with its claims, references, authors and topics; {@code url} is its address. */
    public ObjectNode of(ArticleView article, String url) {
        ObjectNode doc = json.createObjectNode().put("@context", "https://schema.org")
                .put("@type", "MedicalScholarlyArticle").put("@id", url).put("url", url)
                .put("identifier", article.id().toString()).put("headline", article.title());
        putIfPresent(doc, "alternativeHeadline", article.subtitle());
        putIfPresent(doc, "abstract", article.summary());
        if (article.series() != null) {
            doc.putObject("isPartOf").put("@type", "CreativeWorkSeries").put("name", article.series());
            if (article.seriesPart() != null) {
                doc.put("position", article.seriesPart());
            }
        }
        putIfPresent(doc, "datePublished", article.publishedAt() == null ? null : article.publishedAt().toString());
        doc.put("dateModified", article.updatedAt().toString());
        doc.put("educationalLevel", article.level().name()).put("timeRequired", "PT" + article.readingTimeMinutes() + "M");
        doc.put("keywords", String.join(", ", article.labels()));
        article.authors().forEach(a -> doc.withArray("author").add(person(a)));
        article.topics().forEach(t -> doc.withArray("about").add(topic(t)));
        article.references().forEach(r -> doc.withArray("citation").add(citation(r, url)));
        article.claims().forEach(c -> doc.withArray("hasPart").add(claim(c, url)));
        return doc;
    }

    private ObjectNode person(AuthorView a) {
        ObjectNode person = json.createObjectNode().put("@type", "Person").put("name", a.name());
        putIfPresent(person, "description", a.bio());
        a.credentials().forEach(c -> person.withArray("hasCredential").addObject()
                .put("@type", "EducationalOccupationalCredential").put("name", c));
        return person;
    }

    private ObjectNode topic(TopicView t) {
        ObjectNode topic = json.createObjectNode().put("@type", "Thing").put("name", t.name());
        putIfPresent(topic, "description", t.description());
        return topic;
    }

    private ObjectNode citation(CitedReference entry, String articleUrl) {
        ReferenceView r = entry.reference();
        ObjectNode work = json.createObjectNode().put("@type", schemaType(r)).put("@id", articleUrl + "#ref-"
                + entry.number()).put("position", entry.number()).put("name", r.title());
        r.authors().forEach(a -> work.withArray("author").add(creator(a)));
        putIfPresent(work, "datePublished", r.year() == null ? null : r.year().toString());
        ObjectNode container = container(r);
        if (container != null) {
            work.set("isPartOf", container);
        }
        putIfPresent(work, "pagination", r.pages() != null ? r.pages() : r.articleNumber());
        identifier(work, "DOI", r.doi(), "https://doi.org/");
        identifier(work, "PMID", r.pmid(), "https://pubmed.ncbi.nlm.nih.gov/");
        identifier(work, "PMCID", r.pmcid(), "https://www.ncbi.nlm.nih.gov/pmc/articles/");
        putIfPresent(work, "url", r.url());
        return work;
    }

    /**
     * What the work is part of, nested as schema.org models a journal: the issue (issueNumber) is part of the
     * volume (volumeNumber), which is part of the Periodical (name, issn); volumeNumber and issueNumber are not
     * properties of the article itself. Levels the reference does not give are left out; none when it gives none.
     */
    private ObjectNode container(ReferenceView r) {
        ObjectNode part = null;
        if (r.containerTitle() != null || r.issn() != null) {
            part = json.createObjectNode().put("@type", "Periodical");
            putIfPresent(part, "name", r.containerTitle());
            putIfPresent(part, "issn", r.issn());
        }
        part = level("PublicationVolume", "volumeNumber", r.volume(), part);
        return level("PublicationIssue", "issueNumber", r.issue(), part);
    }

    /** A volume or issue numbered {@code number}, part of {@code whole}; {@code whole} itself without a number. */
    private ObjectNode level(String type, String property, String number, ObjectNode whole) {
        if (number == null) {
            return whole;
        }
        ObjectNode level = json.createObjectNode().put("@type", type).put(property, number);
        if (whole != null) {
            level.set("isPartOf", whole);
        }
        return level;
    }

    private ObjectNode creator(ReferenceAuthor a) {
        if (a.literal() != null) {
            return json.createObjectNode().put("@type", "Organization").put("name", a.literal());
        }
        ObjectNode person = json.createObjectNode().put("@type", "Person");
        putIfPresent(person, "familyName", a.family());
        putIfPresent(person, "givenName", a.given());
        return person.put("name", List.of(a.given() == null ? "" : a.given(), a.family() == null ? "" : a.family())
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")));
    }

    private static void identifier(ObjectNode work, String kind, String value, String resolver) {
        if (value != null) {
            work.withArray("identifier").addObject().put("@type", "PropertyValue").put("propertyID", kind)
                    .put("value", value);
            work.withArray("sameAs").add(resolver + value + (kind.equals("DOI") ? "" : "/"));
        }
    }

    private ObjectNode claim(ClaimView c, String articleUrl) {
        ObjectNode claim = json.createObjectNode().put("@type", "Claim").put("position", c.position())
                .put("text", c.statement());
        c.citations().forEach(n -> claim.withArray("citation").addObject().put("@id", articleUrl + "#ref-" + n));
        return claim;
    }

    private static String schemaType(ReferenceView r) {
        return switch (r.type()) {
            case BOOK -> "Book";
            case CHAPTER -> "Chapter";
            case WEBPAGE -> "WebPage";
            default -> "ScholarlyArticle";
        };
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
