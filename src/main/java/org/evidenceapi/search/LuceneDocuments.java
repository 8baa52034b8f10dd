package org.evidenceapi.search;

import java.util.Collection;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.evidenceapi.search.SearchSources.ArticleText;
import org.evidenceapi.search.SearchSources.ClaimText;
import org.evidenceapi.search.SearchSources.Placement;
import org.evidenceapi.search.SearchSources.StudyText;

/**
 * The embedded index's documents. Text goes into three fields weighted like PostgreSQL's A, B and D (title or
 * statement; secondary text; the rest); "scope" holds, per article the hit belongs to, its status, its topics and
 * each status-topic pair, so that both filters must hold for one and the same article, as in PostgreSQL.
 */
final class LuceneDocuments {
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String SCOPE = "scope";
    static final String DESIGN = "design";
    static final String CERTAINTY = "certainty";
    static final String PRIMARY = "a";
    static final String SECONDARY = "b";
    static final String OTHER = "d";
    private static final FieldType TEXT = text();

    private LuceneDocuments() {
    }

    static String key(SearchKind kind, UUID id) {
        return kind + ":" + id;
    }

    static Document article(ArticleText a) {
        Document doc = base(SearchKind.ARTICLE, a.placement().id());
        place(doc, a.placement());
        text(doc, PRIMARY, a.title());
        text(doc, SECONDARY, join(a.subtitle(), a.summary()));
        return doc;
    }

    static Document claim(ClaimText c, Placement article) {
        Document doc = base(SearchKind.CLAIM, c.id());
        place(doc, article);
        doc.add(new StringField(CERTAINTY, c.certainty().name(), Field.Store.NO));
        text(doc, PRIMARY, c.statement());
        text(doc, SECONDARY, c.heading());
        return doc;
    }

    static Document study(StudyText s, Collection<Placement> articles) {
        Document doc = base(SearchKind.STUDY, s.id());
        articles.forEach(a -> place(doc, a));
        doc.add(new StringField(DESIGN, s.design().name(), Field.Store.NO));
        doc.add(new StringField(CERTAINTY, s.certainty().name(), Field.Store.NO));
        text(doc, PRIMARY, s.title());
        text(doc, SECONDARY, join(s.condition(), s.intervention()));
        text(doc, OTHER, join(s.description(), join(s.comparator(), s.notes())));
        return doc;
    }

    static String scope(SearchFilter filter) {
        if (filter.status() != null && filter.topic() != null) {
            return "st:" + filter.status() + ":" + filter.topic();
        }
        return filter.status() != null ? "s:" + filter.status() : "t:" + filter.topic();
    }

    private static Document base(SearchKind kind, UUID id) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(kind, id), Field.Store.NO));
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(kind.name())));
        doc.add(new StringField(ID, id.toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id.toString())));
        return doc;
    }

    private static void place(Document doc, Placement article) {
        doc.add(new StringField(ARTICLE, article.id().toString(), Field.Store.NO));
        doc.add(new StringField(SCOPE, "s:" + article.status(), Field.Store.NO));
        for (UUID topic : article.topics()) {
            doc.add(new StringField(SCOPE, "t:" + topic, Field.Store.NO));
            doc.add(new StringField(SCOPE, "st:" + article.status() + ":" + topic, Field.Store.NO));
        }
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, TEXT));
        }
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    /** Positions for phrases; no norms, as length does not count. */
    private static FieldType text() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
