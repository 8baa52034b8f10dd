package org.evidenceapi.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Maps an article body between its JSON form (sections of blocks) and its rows, for ArticleMapper. */
final class ArticleSections {
    private ArticleSections() {
    }

    static StoredSection toEntity(Article article, int position, Section in) {
        StoredSection s = new StoredSection();
        s.article = article;
        s.position = position;
        s.heading = in.heading();
        for (int i = 0; i < in.blocks().size(); i++) {
            Block b = in.blocks().get(i);
            StoredBlock block = new StoredBlock();
            block.section = s;
            block.position = i + 1;
            block.type = b.type();
            block.text = b.text();
            block.items = new ArrayList<>(b.items() == null ? List.of() : b.items());
            block.caption = b.caption();
            block.altText = b.altText();
            block.imageUrl = b.imageUrl();
            block.attribution = b.attribution();
            s.blocks.add(block);
        }
        return s;
    }

    /** Blocks sorted here, not by the mapping: the revision history reads them back unordered. */
    static Section toView(StoredSection s) {
        return new Section(s.heading, s.blocks.stream().sorted(Comparator.comparingInt(b -> b.position))
                .map(b -> new Block(b.type, b.text, b.type == BlockType.LIST ? itemsOf(b) : null, b.caption,
                        b.altText, b.imageUrl, b.attribution)).toList());
    }

    /** A copy that keeps a null item stored before requests were checked for them, so such an article stays
     * readable (its next edit is told where the null is) rather than failing every read. */
    private static List<String> itemsOf(StoredBlock b) {
        return Collections.unmodifiableList(new ArrayList<>(b.items));
    }
}
