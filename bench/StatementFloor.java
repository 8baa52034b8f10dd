import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The floor under the benchmark's {@code *_database} rows: the SQL statements each of those reads runs (as
 * Hibernate wrote them, copied from its log), executed over JDBC against the same database with nothing else, no
 * HTTP, no ORM, no JSON. Each path runs as a read's transaction does (auto-commit off, one commit at the end), its
 * statements prepared each time and every column of every row read, the IN lists padded as the service pads them.
 * What one path reaches here, a read through the service cannot exceed. The statements are copies: when one of
 * these reads changes its queries, copy them again from Hibernate's log ({@code -Dquarkus.hibernate-orm.log.sql=true}).
 *
 * <p>The service must be stopped (H2's file is locked by its process). Each path first warms up for {@code WARMUP}
 * seconds, then is measured for {@code SECONDS}; prints "path reads_per_second p50_ms p99_ms" per path.
 *
 * <p>Usage: {@code java -cp <the JDBC driver's jar> bench/StatementFloor.java JDBC_URL USER PASSWORD SLUG THREADS
 * WARMUP SECONDS}
 */
public class StatementFloor {
    /** One statement; {@code params}: slug, status, limit, article, or list:KEY (fills the IN list); its column
     * {@code column} is collected under {@code collect} for the statements after it. */
    record Step(String sql, String params, String collect, int column) {
    }

    static final int PAGE_LIMIT = 21;

    static final List<Map.Entry<String, List<Step>>> PATHS = List.of(
            Map.entry("article_expanded", List.of(
                    new Step("""
                            select a1_0.id, a1_0.created_at, l1_0.article_id, l1_0.position, l1_0.label, a1_0.level, a1_0.published_at, a1_0.reading_time_minutes, a1_0.series, a1_0.series_part, a1_0.slug, a1_0.status, a1_0.subtitle, a1_0.summary, a1_0.title, a1_0.updated_at, a1_0.version from Article a1_0 left join article_label l1_0 on a1_0.id=l1_0.article_id where a1_0.slug=? and a1_0.status=?""",
                            "slug status", "article", 1),
                    new Step("""
                            select a1_0.id, a2_0.article_id, a2_0.position, a2_1.id, a2_1.bio, a2_1.created_at, c1_0.author_id, c1_0.position, c1_0.credential, a2_1.name, a2_1.slug, a2_1.updated_at, a2_1.version, a1_0.created_at, a1_0.level, a1_0.published_at, a1_0.reading_time_minutes, a1_0.series, a1_0.series_part, a1_0.slug, a1_0.status, a1_0.subtitle, a1_0.summary, a1_0.title, a1_0.updated_at, a1_0.version from Article a1_0 left join article_author a2_0 on a1_0.id=a2_0.article_id left join Author a2_1 on a2_1.id=a2_0.author_id left join author_credential c1_0 on a2_1.id=c1_0.author_id where a1_0.id in (?)""",
                            "article", null, 0),
                    new Step("""
                            select a1_0.id, a1_0.created_at, a1_0.level, a1_0.published_at, a1_0.reading_time_minutes, a1_0.series, a1_0.series_part, a1_0.slug, a1_0.status, a1_0.subtitle, a1_0.summary, a1_0.title, t1_0.article_id, t1_0.position, t1_1.id, t1_1.created_at, t1_1.description, t1_1.name, t1_1.slug, t1_1.updated_at, t1_1.version, a1_0.updated_at, a1_0.version from Article a1_0 left join article_topic t1_0 on a1_0.id=t1_0.article_id left join Topic t1_1 on t1_1.id=t1_0.topic_id where a1_0.id in (?)""",
                            "article", null, 0),
                    new Step("""
                            select distinct ss1_0.id, ss1_0.article_id, b1_0.section_id, b1_0.id, b1_0.alt_text, b1_0.attribution, b1_0.caption, b1_0.image_url, i1_0.block_id, i1_0.position, i1_0.item, b1_0.position, b1_0.text, b1_0.type, ss1_0.heading, ss1_0.position from article_section ss1_0 left join section_block b1_0 on ss1_0.id=b1_0.section_id left join block_item i1_0 on b1_0.id=i1_0.block_id where ss1_0.article_id in (?) order by ss1_0.article_id, ss1_0.position, b1_0.position""",
                            "article", null, 0),
                    new Step("""
                            select ss1_0.id, ss1_0.certainty, ss1_0.comparator, ss1_0.control_type, ss1_0.created_at, ss1_0.design, ss1_0.duration, ss1_0.follow_up, ss1_0.intervention, ss1_0.notes, o1_0.study_id, o1_0.position, o1_0.ci_level, o1_0.ci_lower, o1_0.ci_upper, o1_0.direction, o1_0.heterogeneity_i2, o1_0.measure, o1_0.effect_metric, o1_0.name, o1_0.narrative, o1_0.p_value, o1_0.p_value_comparator, o1_0.is_primary, o1_0.timepoint, o1_0.effect_unit, o1_0.effect_value, ss1_0.participants, ss1_0.participants_qualifier, ss1_0.population_condition, ss1_0.population_description, ss1_0.population_species, ss1_0.reference_id, ss1_0.registry_id, ss1_0.sessions, ss1_0.study_count, ss1_0.title, ss1_0.updated_at, ss1_0.version from study_summary ss1_0 left join study_outcome o1_0 on ss1_0.id=o1_0.study_id where ss1_0.id in (select s1_0.study_id from Claim c1_0 join claim_study s1_0 on c1_0.id=s1_0.claim_id where c1_0.article_id=? union select s2_0.study_id from Article a1_0 join article_study s2_0 on a1_0.id=s2_0.article_id where a1_0.id=?) order by ss1_0.created_at, ss1_0.id""",
                            "article article", null, 0),
                    new Step("""
                            select ar1_0.id, ar1_0.article_id, ar1_0.citation_number, ar1_0.reference_id, r1_0.id, r1_0.accessed_at, r1_0.article_number, a1_0.reference_id, a1_0.position, a1_0.family, a1_0.given, a1_0.literal, r1_0.container_title, r1_0.created_at, r1_0.doi, r1_0.doi_key, r1_0.issn, r1_0.issue, r1_0.language, r1_0.notes, r1_0.pages, r1_0.peer_reviewed, r1_0.pmcid, r1_0.pmid, r1_0.title, r1_0.type, r1_0.update_notice_date, r1_0.update_notice_doi, r1_0.update_status, r1_0.updated_at, r1_0.url, r1_0.version, r1_0.volume, r1_0.pub_year from article_reference ar1_0 join bib_reference r1_0 on r1_0.id=ar1_0.reference_id left join reference_author a1_0 on r1_0.id=a1_0.reference_id where ar1_0.article_id in (?) order by ar1_0.article_id, ar1_0.citation_number""",
                            "article", null, 0),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, c2_0.claim_id, c2_0.position, c2_0.reference_number, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_citation c2_0 on c1_0.id=c2_0.claim_id where c1_0.article_id in (?) order by c1_0.article_id, c1_0.position""",
                            "article", null, 0),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, s1_0.claim_id, s1_0.position, s1_1.id, s1_1.certainty, s1_1.comparator, s1_1.control_type, s1_1.created_at, s1_1.design, s1_1.duration, s1_1.follow_up, s1_1.intervention, s1_1.notes, s1_1.participants, s1_1.participants_qualifier, s1_1.population_condition, s1_1.population_description, s1_1.population_species, s1_1.reference_id, s1_1.registry_id, s1_1.sessions, s1_1.study_count, s1_1.title, s1_1.updated_at, s1_1.version, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_study s1_0 on c1_0.id=s1_0.claim_id left join study_summary s1_1 on s1_1.id=s1_0.study_id where c1_0.article_id in (?)""",
                            "article", null, 0),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, cf1_0.claim_id, cf1_0.position, cf1_0.domain, cf1_0.note, cf1_0.rating, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_certainty_factor cf1_0 on c1_0.id=cf1_0.claim_id where c1_0.article_id in (?)""",
                            "article", null, 0))),
            Map.entry("articles_page_1", List.of(
                    new Step("""
                            select a1_0.id, a1_0.created_at, a1_0.level, a1_0.published_at, a1_0.reading_time_minutes, a1_0.series, a1_0.series_part, a1_0.slug, a1_0.status, a1_0.subtitle, a1_0.summary, a1_0.title, a1_0.updated_at, a1_0.version from Article a1_0 where a1_0.status=? order by a1_0.status desc, a1_0.created_at desc, a1_0.id desc fetch first ? rows only""",
                            "status limit", "page", 1),
                    new Step("""
                            select a1_0.id, l1_0.label from Article a1_0 join article_label l1_0 on a1_0.id=l1_0.article_id where a1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) order by a1_0.id, l1_0.position""",
                            "list:page", null, 0),
                    new Step("""
                            select a1_0.id, a2_0.author_id, a2_1.slug, a2_1.name from Article a1_0 join article_author a2_0 on a1_0.id=a2_0.article_id join Author a2_1 on a2_1.id=a2_0.author_id where a1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) order by a1_0.id, a2_0.position""",
                            "list:page", null, 0),
                    new Step("""
                            select a1_0.id, t1_0.topic_id, t1_1.slug, t1_1.name from Article a1_0 join article_topic t1_0 on a1_0.id=t1_0.article_id join Topic t1_1 on t1_1.id=t1_0.topic_id where a1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) order by a1_0.id, t1_0.position""",
                            "list:page", null, 0))),
            Map.entry("article_claims", List.of(
                    new Step("""
                            select a1_0.id from Article a1_0 where a1_0.slug=? and a1_0.status=?""",
                            "slug status", "article", 1),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, c1_0.updated_at, c1_0.version from Claim c1_0 where c1_0.article_id=? order by c1_0.position, c1_0.id fetch first ? rows only""",
                            "article limit", "claims", 1),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, c2_0.claim_id, c2_0.position, c2_0.reference_number, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_citation c2_0 on c1_0.id=c2_0.claim_id where c1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:claims", null, 0),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, s1_0.claim_id, s1_0.position, s1_1.id, s1_1.certainty, s1_1.comparator, s1_1.control_type, s1_1.created_at, s1_1.design, s1_1.duration, s1_1.follow_up, s1_1.intervention, s1_1.notes, s1_1.participants, s1_1.participants_qualifier, s1_1.population_condition, s1_1.population_description, s1_1.population_species, s1_1.reference_id, s1_1.registry_id, s1_1.sessions, s1_1.study_count, s1_1.title, s1_1.updated_at, s1_1.version, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_study s1_0 on c1_0.id=s1_0.claim_id left join study_summary s1_1 on s1_1.id=s1_0.study_id where c1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:claims", "studies", 12),
                    new Step("""
                            select c1_0.id, c1_0.article_id, c1_0.certainty, cf1_0.claim_id, cf1_0.position, cf1_0.domain, cf1_0.note, cf1_0.rating, c1_0.created_at, c1_0.direction, c1_0.position, c1_0.scope, c1_0.section_heading, c1_0.statement, c1_0.updated_at, c1_0.version from Claim c1_0 left join claim_certainty_factor cf1_0 on c1_0.id=cf1_0.claim_id where c1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:claims", null, 0),
                    new Step("""
                            select ss1_0.id, ss1_0.certainty, ss1_0.comparator, ss1_0.control_type, ss1_0.created_at, ss1_0.design, ss1_0.duration, ss1_0.follow_up, ss1_0.intervention, ss1_0.notes, o1_0.study_id, o1_0.position, o1_0.ci_level, o1_0.ci_lower, o1_0.ci_upper, o1_0.direction, o1_0.heterogeneity_i2, o1_0.measure, o1_0.effect_metric, o1_0.name, o1_0.narrative, o1_0.p_value, o1_0.p_value_comparator, o1_0.is_primary, o1_0.timepoint, o1_0.effect_unit, o1_0.effect_value, ss1_0.participants, ss1_0.participants_qualifier, ss1_0.population_condition, ss1_0.population_description, ss1_0.population_species, ss1_0.reference_id, ss1_0.registry_id, ss1_0.sessions, ss1_0.study_count, ss1_0.title, ss1_0.updated_at, ss1_0.version from study_summary ss1_0 left join study_outcome o1_0 on ss1_0.id=o1_0.study_id where ss1_0.id in (?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:studies", null, 0),
                    new Step("""
                            select ar1_0.article_id, ar1_0.citation_number, r1_0.id, r1_0.update_status from article_reference ar1_0 join bib_reference r1_0 on r1_0.id=ar1_0.reference_id where ar1_0.article_id in (?)""",
                            "article", null, 0))),
            Map.entry("article_references", List.of(
                    new Step("""
                            select a1_0.id from Article a1_0 where a1_0.slug=? and a1_0.status=?""",
                            "slug status", "article", 1),
                    new Step("""
                            select ar1_0.id, ar1_0.article_id, ar1_0.citation_number, ar1_0.reference_id from article_reference ar1_0 where ar1_0.article_id=? order by ar1_0.citation_number, ar1_0.id fetch first ? rows only""",
                            "article limit", "refs", 1),
                    new Step("""
                            select ar1_0.id, ar1_0.article_id, ar1_0.citation_number, ar1_0.reference_id, r1_0.id, r1_0.accessed_at, r1_0.article_number, a1_0.reference_id, a1_0.position, a1_0.family, a1_0.given, a1_0.literal, r1_0.container_title, r1_0.created_at, r1_0.doi, r1_0.doi_key, r1_0.issn, r1_0.issue, r1_0.language, r1_0.notes, r1_0.pages, r1_0.peer_reviewed, r1_0.pmcid, r1_0.pmid, r1_0.title, r1_0.type, r1_0.update_notice_date, r1_0.update_notice_doi, r1_0.update_status, r1_0.updated_at, r1_0.url, r1_0.version, r1_0.volume, r1_0.pub_year from article_reference ar1_0 join bib_reference r1_0 on r1_0.id=ar1_0.reference_id left join reference_author a1_0 on r1_0.id=a1_0.reference_id where ar1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:refs", null, 0))),
            Map.entry("article_studies", List.of(
                    new Step("""
                            select a1_0.id from Article a1_0 where a1_0.slug=? and a1_0.status=?""",
                            "slug status", "article", 1),
                    new Step("""
                            select ss1_0.id, ss1_0.certainty, ss1_0.comparator, ss1_0.control_type, ss1_0.created_at, ss1_0.design, ss1_0.duration, ss1_0.follow_up, ss1_0.intervention, ss1_0.notes, ss1_0.participants, ss1_0.participants_qualifier, ss1_0.population_condition, ss1_0.population_description, ss1_0.population_species, ss1_0.reference_id, ss1_0.registry_id, ss1_0.sessions, ss1_0.study_count, ss1_0.title, ss1_0.updated_at, ss1_0.version from study_summary ss1_0 where ss1_0.id in (select s1_0.study_id from Claim c1_0 join claim_study s1_0 on c1_0.id=s1_0.claim_id where c1_0.article_id=? union select s2_0.study_id from Article a1_0 join article_study s2_0 on a1_0.id=s2_0.article_id where a1_0.id=?) order by ss1_0.created_at, ss1_0.id fetch first ? rows only""",
                            "article article limit", "studies", 1),
                    new Step("""
                            select ss1_0.id, ss1_0.certainty, ss1_0.comparator, ss1_0.control_type, ss1_0.created_at, ss1_0.design, ss1_0.duration, ss1_0.follow_up, ss1_0.intervention, ss1_0.notes, o1_0.study_id, o1_0.position, o1_0.ci_level, o1_0.ci_lower, o1_0.ci_upper, o1_0.direction, o1_0.heterogeneity_i2, o1_0.measure, o1_0.effect_metric, o1_0.name, o1_0.narrative, o1_0.p_value, o1_0.p_value_comparator, o1_0.is_primary, o1_0.timepoint, o1_0.effect_unit, o1_0.effect_value, ss1_0.participants, ss1_0.participants_qualifier, ss1_0.population_condition, ss1_0.population_description, ss1_0.population_species, ss1_0.reference_id, ss1_0.registry_id, ss1_0.sessions, ss1_0.study_count, ss1_0.title, ss1_0.updated_at, ss1_0.version from study_summary ss1_0 left join study_outcome o1_0 on ss1_0.id=o1_0.study_id where ss1_0.id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            "list:studies", null, 0))));

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String slug = args[3];
        int threads = Integer.parseInt(args[4]);
        long warmup = Long.parseLong(args[5]);
        long seconds = Long.parseLong(args[6]);
        for (var path : PATHS) {
            measure(url, user, password, slug, threads, path.getValue(), warmup);
            long[] done = measure(url, user, password, slug, threads, path.getValue(), seconds);
            Arrays.sort(done);
            System.out.printf("%s %.1f %.3f %.3f%n", path.getKey(), done.length / (double) seconds,
                    done[done.length / 2] / 1e6, done[(int) (done.length * 0.99)] / 1e6);
        }
    }

    /** Runs the path on {@code threads} connections for {@code seconds}; the nanoseconds each run took. */
    static long[] measure(String url, String user, String password, String slug, int threads, List<Step> steps,
            long seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<List<Long>> times = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Long> mine = new ArrayList<>();
            times.add(mine);
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Thread worker = new Thread(() -> {
                try (connection) {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        run(connection, slug, steps);
                        mine.add(System.nanoTime() - start);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(seconds * 1000);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return times.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
    }

    static void run(Connection connection, String slug, List<Step> steps) throws Exception {
        Map<String, List<Object>> collected = new HashMap<>();
        for (Step step : steps) {
            try (PreparedStatement statement = connection.prepareStatement(step.sql())) {
                bind(statement, step, slug, collected);
                try (ResultSet rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    List<Object> keep = step.collect() == null ? null
                            : collected.computeIfAbsent(step.collect(), k -> new ArrayList<>());
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                        if (keep != null) {
                            Object value = rows.getObject(step.column());
                            if (value != null && !keep.contains(value)) {
                                keep.add(value);
                            }
                        }
                    }
                }
            }
        }
        connection.commit();
    }

    static void bind(PreparedStatement statement, Step step, String slug, Map<String, List<Object>> collected)
            throws Exception {
        String[] params = step.params().split(" ");
        int slots = (int) step.sql().chars().filter(c -> c == '?').count();
        int index = 1;
        for (String param : params) {
            if (param.startsWith("list:")) {
                List<Object> values = collected.get(param.substring(5));
                int size = slots - (params.length - 1);
                for (int i = 0; i < size; i++) {
                    statement.setObject(index++, values.get(Math.min(i, values.size() - 1)));
                }
                continue;
            }
            switch (param) {
                case "slug" -> statement.setString(index++, slug);
                case "status" -> statement.setString(index++, "PUBLISHED");
                case "limit" -> statement.setInt(index++, PAGE_LIMIT);
                case "article" -> statement.setObject(index++, (UUID) collected.get("article").get(0));
                default -> throw new IllegalArgumentException(param);
            }
        }
    }
}
