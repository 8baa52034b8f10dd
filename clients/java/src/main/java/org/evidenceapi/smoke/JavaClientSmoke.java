package org.evidenceapi.smoke;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.evidenceapi.client.ApiClient;
import org.evidenceapi.client.ApiException;
import org.evidenceapi.client.api.ArticlesApi;
import org.evidenceapi.client.model.Article;
import org.evidenceapi.client.model.ArticleInclude;
import org.evidenceapi.client.model.ArticleInput;
import org.evidenceapi.client.model.ArticlePage;
import org.evidenceapi.client.model.ArticleStatus;
import org.evidenceapi.client.model.BibliographyFormat;
import org.evidenceapi.client.model.Block;
import org.evidenceapi.client.model.BlockType;
import org.evidenceapi.client.model.CitedReferencePage;
import org.evidenceapi.client.model.Level;
import org.evidenceapi.client.model.Section;

/**
 * What a third party does with the Java client generated from openapi/openapi.yaml, against a running service:
 * every call goes through the generated client, none is hand-written HTTP. Exits 1 at the first thing that does
 * not hold. EVIDENCE_API_URL is the service's base URL, EVIDENCE_API_TOKEN an editor's JWT.
 */
public final class JavaClientSmoke {
    private static final String DEMO = "health-benefits-of-acupuncture-part-1";

    private final ArticlesApi reader;
    private final ArticlesApi editor;

    private JavaClientSmoke(String baseUrl, String token) {
        reader = new ArticlesApi(new ApiClient().setBasePath(baseUrl));
        ApiClient editorClient = new ApiClient().setBasePath(baseUrl);
        editorClient.setBearerToken(token);
        editor = new ArticlesApi(editorClient);
    }

    public static void main(String[] args) {
        try {
            String summary = new JavaClientSmoke(env("EVIDENCE_API_URL"), env("EVIDENCE_API_TOKEN")).run();
            System.out.println("Java client: " + summary);
        } catch (Exception | AssertionError e) {
            System.err.println("Java client smoke test FAILED: " + e);
            System.exit(1);
        }
    }

    private String run() throws Exception {
        List<Integer> numbers = listAllReferenceNumbers(DEMO);
        for (int i = 0; i < numbers.size(); i++) {
            check(numbers.get(i) == i + 1, "the bibliography is not numbered 1..n across pages: " + numbers);
        }

        Article expanded = reader.getArticle(DEMO, List.of(ArticleInclude.CLAIMS, ArticleInclude.STUDIES,
                ArticleInclude.REFERENCES), null);
        check(!expanded.getClaims().isEmpty(), "the expanded article has no claims");
        check(!expanded.getStudies().isEmpty(), "the expanded article has no studies");
        check(expanded.getReferences().size() == numbers.size(), "the expanded article has another bibliography");
        check(!expanded.getAuthors().isEmpty(), "the expanded article has no authors");

        String slug = "java-client-smoke-" + System.currentTimeMillis();
        Article created = editor.createArticle(new ArticleInput().slug(slug)
                .title("Written by the generated Java client").level(Level.BEGINNER).status(ArticleStatus.DRAFT)
                .addSectionsItem(new Section().addBlocksItem(
                        new Block().type(BlockType.PARAGRAPH).text("A draft only editors see."))));
        check(created.getStatus() == ArticleStatus.DRAFT, "a new article is " + created.getStatus() + ", not a DRAFT");
        List<String> slugs = listAllArticles(editor);
        check(slugs.contains(DEMO) && slugs.contains(slug), "the editor's article list lacks " + DEMO + " or " + slug
                + ": " + slugs);
        check(new HashSet<>(slugs).size() == slugs.size(), "following the cursors repeats articles: " + slugs);
        check(!listAllArticles(reader).contains(slug), "the anonymous article list shows the draft");
        check(slug.equals(editor.getArticle(slug, null, null).getSlug()), "the editor reads back another article");
        String etag = header(editor.getApiClient().getResponseHeaders(), "ETag");
        int anonymous = failureStatus(() -> reader.getArticle(slug, null, null));
        check(anonymous == 404, "an anonymous reader of the draft gets " + anonymous + ", not 404");
        check("MedicalScholarlyArticle".equals(type(editor.getArticleLinkedData(slug, null))),
                "the editor's linked data of the draft is no MedicalScholarlyArticle");
        int anonymousLinked = failureStatus(() -> reader.getArticleLinkedData(slug, null));
        check(anonymousLinked == 404, "an anonymous reader of the draft's linked data gets " + anonymousLinked);

        Article patched = editor.patchArticle(slug, etag, Map.of("subtitle", "Patched with If-Match"), null);
        check("Patched with If-Match".equals(patched.getSubtitle()), "the PATCH left the subtitle " + patched.getSubtitle());
        int stale = failureStatus(() -> editor.patchArticle(slug, etag, Map.of("subtitle", "Lost"), null));
        check(stale == 412, "a PATCH with the stale ETag answered " + stale + ", not 412");

        File exported = reader.exportArticleBibliography(DEMO, BibliographyFormat.BIBTEX, null, null, null);
        String bibtex = Files.readString(exported.toPath());
        Files.delete(exported.toPath());
        check(bibtex.startsWith("@"), "the bibliography is not BibTeX: " + bibtex.substring(0, Math.min(80, bibtex.length())));
        long entries = bibtex.lines().filter(line -> line.startsWith("@")).count();
        long papers = expanded.getReferences().stream().map(cited -> cited.getReference().getId()).distinct().count();
        check(entries == papers, "the BibTeX bibliography has " + entries + " entries for " + papers + " papers");
        check("MedicalScholarlyArticle".equals(type(reader.getArticleLinkedData(DEMO, null))),
                "the linked data of " + DEMO + " is no MedicalScholarlyArticle");

        return slugs.size() + " articles over as many pages of 1, " + numbers.size() + " references over cursors, "
                + "expanded read, draft " + slug + " created, read with a token (also as linked data) and hidden "
                + "from readers, PATCH with If-Match, 412 on the stale ETag, BibTeX bibliography of " + entries
                + " entries, JSON-LD";
    }

    private static List<String> listAllArticles(ArticlesApi api) throws ApiException {
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            ArticlePage page = api.listArticles(null, cursor, null, null, 1, null, null, null, null);
            page.getItems().forEach(article -> slugs.add(article.getSlug()));
            cursor = page.getPage().getNextCursor();
        } while (cursor != null);
        return slugs;
    }

    private List<Integer> listAllReferenceNumbers(String idOrSlug) throws ApiException {
        List<Integer> numbers = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CitedReferencePage page = reader.listArticleReferences(idOrSlug, cursor, 5, null, null, null);
            page.getItems().forEach(cited -> numbers.add(cited.getNumber()));
            cursor = page.getPage().getNextCursor();
            pages++;
        } while (cursor != null);
        check(pages > 1, "the bibliography of " + idOrSlug + " fits one page of 5; the cursor was never followed");
        return numbers;
    }

    /** The status of the ApiException the call fails with, which must carry a problem detail. */
    private static int failureStatus(Callable<?> call) throws Exception {
        try {
            call.call();
        } catch (ApiException e) {
            check(header(e.getResponseHeaders(), "Content-Type").startsWith("application/problem+json"),
                    "a " + e.getCode() + " without a problem+json body");
            return e.getCode();
        }
        throw new AssertionError("the call succeeded, but should have failed");
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("the response has no " + name + " header"));
    }

    /** The @type of a JSON-LD document, which the client reads as a map. */
    private static Object type(Object linkedData) {
        return linkedData instanceof Map<?, ?> document ? document.get("@type") : null;
    }

    private static String env(String name) {
        return Objects.requireNonNull(System.getenv(name), "set the environment variable " + name);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
