import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds a synthetic library through the service's batch import (POST /api/v1/imports/batch), so every document
 * passes the validation, matching and revision history an editor's import does, BATCH_SIZE articles a request.
 *
 * <p>Article i has 4 sections, 10 references, 5 study summaries (2 outcomes each) and 15 claims. Five of its
 * references are its own papers; the other five are papers of earlier articles, matched by DOI and shared, so
 * N articles hold about 5N distinct references (500,000 for 100,000). Authors (100) and topics (20) are shared.
 * The first {@value #SEQUENTIAL} articles go one batch at a time, so that the shared authors and topics exist
 * before batches run in parallel, and shared papers are taken from at least that many articles back, far more
 * than the batches in flight hold. Should two batches in flight still both add the same paper, the database's
 * unique DOI refuses the second as a whole (409, nothing written), and it is sent again.
 *
 * <p>Usage: {@code java bench/SeedArticles.java BASE_URL TOKEN ARTICLES CONCURRENCY [BATCH_SIZE]} (50 by default)
 */
public class SeedArticles {
    static final int SEQUENTIAL = 1000;
    static int batchSize;
    static final int ATTEMPTS = 3;
    static final int OWN_REFERENCES = 5;
    static final String[] LEVELS = {"BEGINNER", "INTERMEDIATE", "ADVANCED"};
    static final String[] DESIGNS = {"RANDOMIZED_CONTROLLED_TRIAL", "META_ANALYSIS", "COHORT_STUDY",
            "SYSTEMATIC_REVIEW", "CROSS_SECTIONAL_STUDY"};
    static final String[] CERTAINTY = {"HIGH", "MODERATE", "LOW", "VERY_LOW"};
    static final String[] DIRECTIONS = {"BENEFIT", "NO_EFFECT", "MIXED", "UNCLEAR"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int articles = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        int first = Math.min(SEQUENTIAL, articles);
        for (int i = 0; i < first; i += batchSize) {
            post(http, base, token, i, Math.min(i + batchSize, first), articles);
        }
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger done = new AtomicInteger(first);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndAdd(batchSize); i < articles; i = next.getAndAdd(batchSize)) {
                    int end = Math.min(i + batchSize, articles);
                    post(http, base, token, i, end, articles);
                    int n = done.addAndGet(end - i);
                    if (n / 5000 != (n - (end - i)) / 5000) {
                        System.err.printf("  seeded %,d articles in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("%.1f%n", (System.nanoTime() - start) / 1e9);
    }

    /** Imports articles {@code from} (inclusive) to {@code to} (exclusive) as one batch. */
    static void post(HttpClient http, String base, String token, int from, int to, int articles)
            throws IOException, InterruptedException {
        StringBuilder batch = new StringBuilder(16_000 * batchSize).append('[');
        for (int i = from; i < to; i++) {
            batch.append(i > from ? "," : "").append(document(i, articles));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/batch"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.append(']').toString())).build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            if (response.statusCode() != 409 || attempt == ATTEMPTS) {
                throw new IllegalStateException("import of articles " + from + " to " + (to - 1) + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        }
    }

    static String document(int i, int articles) {
        StringBuilder d = new StringBuilder(16_000);
        String author = "bench-author-" + (i % 100);
        String topicA = "bench-topic-" + (i % 20);
        String topicB = "bench-topic-" + ((i / 20 + 7) % 20);
        d.append("{\"article\":{\"slug\":\"bench-article-").append(i).append("\",\"title\":\"Benchmark article ")
                .append(i).append(": what the trials report\",\"summary\":\"A synthetic article for the benchmark, ")
                .append("with the shape of a real one.\",\"level\":\"").append(LEVELS[i % 3])
                .append("\",\"labels\":[\"Evidence based\",\"Benchmark\"],\"status\":\"PUBLISHED\",\"authors\":[\"")
                .append(author).append("\"],\"topics\":[\"").append(topicA).append('"');
        if (!topicB.equals(topicA)) {
            d.append(",\"").append(topicB).append('"');
        }
        d.append("],\"sections\":[");
        for (int s = 1; s <= 4; s++) {
            d.append(s > 1 ? "," : "").append("{\"heading\":\"Section ").append(s).append("\",\"blocks\":[");
            for (int p = 1; p <= 3; p++) {
                d.append("{\"type\":\"PARAGRAPH\",\"text\":\"Paragraph ").append(p).append(" of section ").append(s)
                        .append(". Trials in adults with chronic pain compared the treatment with sham or usual care ")
                        .append("and measured pain, function and quality of life over several weeks of follow-up.[")
                        .append((s + p) % 10 + 1).append("]\"},");
            }
            d.append("{\"type\":\"LIST\",\"items\":[\"eases pain\",\"relieves stress\",\"improves sleep\"]}]}");
        }
        d.append("]},\"authors\":[{\"slug\":\"").append(author).append("\",\"name\":\"Author ").append(i % 100)
                .append("\",\"credentials\":[\"PhD\"]}],\"topics\":[");
        topic(d, topicA);
        if (!topicB.equals(topicA)) {
            d.append(',');
            topic(d, topicB);
        }
        d.append("],\"references\":[");
        for (int j = 0; j < 10; j++) {
            reference(d.append(j > 0 ? "," : ""), paper(i, j, articles));
        }
        d.append("],\"studies\":[");
        for (int s = 0; s < OWN_REFERENCES; s++) {
            study(d.append(s > 0 ? "," : ""), i, s);
        }
        d.append("],\"claims\":[");
        for (int c = 0; c < 15; c++) {
            claim(d.append(c > 0 ? "," : ""), i, c);
        }
        return d.append("]}").toString();
    }

    /** The paper number of article i's reference j: its own five first, then five of earlier articles. */
    static long paper(int i, int j, int articles) {
        if (j < OWN_REFERENCES) {
            return (long) OWN_REFERENCES * i + j;
        }
        if (i < SEQUENTIAL) {
            return (long) OWN_REFERENCES * articles + (long) OWN_REFERENCES * i + (j - OWN_REFERENCES);
        }
        long earlier = Math.floorMod((long) i * 2_654_435_761L + j * 40_503L, i - SEQUENTIAL + 1);
        return OWN_REFERENCES * earlier + (j - OWN_REFERENCES);
    }

    static void topic(StringBuilder d, String slug) {
        d.append("{\"slug\":\"").append(slug).append("\",\"name\":\"Topic ").append(slug.substring(12))
                .append("\",\"description\":\"A benchmark topic.\"}");
    }

    static void reference(StringBuilder d, long paper) {
        d.append("{\"type\":\"JOURNAL_ARTICLE\",\"authors\":[{\"family\":\"Author").append(paper % 997)
                .append("\",\"given\":\"A.\"},{\"family\":\"Writer").append(paper % 389)
                .append("\",\"given\":\"B. C.\"}],\"year\":").append(1990 + paper % 35)
                .append(",\"title\":\"Effects of the treatment on outcome ").append(paper)
                .append(" in a randomised trial\",\"containerTitle\":\"Journal of Benchmark Medicine\",\"volume\":\"")
                .append(paper % 60 + 1).append("\",\"issue\":\"").append(paper % 12 + 1).append("\",\"pages\":\"")
                .append(paper % 900 + 1).append('-').append(paper % 900 + 12).append("\",\"doi\":\"10.5555/bench.")
                .append(paper).append("\",\"pmid\":\"").append(10_000_000 + paper)
                .append("\",\"peerReviewed\":true}");
    }

    static void study(StringBuilder d, int i, int s) {
        d.append("{\"key\":\"s").append(s).append("\",\"referenceNumber\":").append(s + 1)
                .append(",\"title\":\"Trial ").append(s + 1).append(" of article ").append(i).append("\",\"design\":\"")
                .append(DESIGNS[(i + s) % DESIGNS.length]).append("\",\"population\":{\"description\":\"Adults with ")
                .append("chronic pain\",\"condition\":\"Chronic pain\",\"species\":\"HUMAN\"},\"sampleSize\":")
                .append("{\"participants\":").append(40 + (i * 7 + s * 13) % 2000)
                .append("},\"intervention\":\"Acupuncture\",\"comparator\":\"Sham acupuncture\",\"controlType\":")
                .append("\"SHAM\",\"duration\":\"P8W\",\"sessions\":").append(6 + s).append(",\"outcomes\":[");
        d.append("{\"name\":\"Pain\",\"measure\":\"NRS 0-10\",\"timepoint\":\"8 weeks\",\"effect\":{\"metric\":")
                .append("\"MEAN_DIFFERENCE\",\"value\":-1.").append(s).append(",\"unit\":\"points\",\"ciLower\":-2.")
                .append(s).append(",\"ciUpper\":-0.").append(s + 1).append(",\"ciLevel\":0.95,\"pValue\":0.01},")
                .append("\"primary\":true,\"direction\":\"FAVOURS_INTERVENTION\"},");
        d.append("{\"name\":\"Function\",\"measure\":\"ODI\",\"timepoint\":\"8 weeks\",\"effect\":{\"metric\":")
                .append("\"STANDARDIZED_MEAN_DIFFERENCE\",\"value\":-0.2,\"ciLower\":-0.5,\"ciUpper\":0.1,")
                .append("\"ciLevel\":0.95},\"primary\":false,\"direction\":\"NO_DIFFERENCE\"}");
        d.append("],\"certainty\":\"").append(CERTAINTY[(i + s) % CERTAINTY.length]).append("\"}");
    }

    static void claim(StringBuilder d, int i, int c) {
        d.append("{\"statement\":\"Claim ").append(c + 1).append(" of article ").append(i)
                .append(": the treatment eased pain more than sham in adults.\",\"sectionHeading\":\"Section ")
                .append(c % 4 + 1).append("\",\"citations\":[").append(c % 10 + 1).append(',')
                .append((c + 3) % 10 + 1).append("],\"studies\":[");
        if (c % 3 != 2) {
            d.append("\"s").append(c % OWN_REFERENCES).append('"');
        }
        d.append("],\"scope\":\"HUMAN\",\"direction\":\"").append(DIRECTIONS[c % DIRECTIONS.length])
                .append("\",\"certainty\":\"").append(CERTAINTY[c % CERTAINTY.length])
                .append("\",\"certaintyFactors\":[{\"domain\":\"IMPRECISION\",\"rating\":\"SERIOUS\",")
                .append("\"note\":\"Few participants.\"}]}");
    }
}
