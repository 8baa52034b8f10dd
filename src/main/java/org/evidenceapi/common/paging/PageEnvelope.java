package org.evidenceapi.common.paging;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every page model ({@code ArticlePage}, {@code ClaimPage}, ...) is the one envelope of {@link Paged}, described
 * once here and stamped on each, so the generated models read alike: {@code XPage} with {@code items} (of X) and
 * {@code page} ({@link PageInfo}).
 */
public final class PageEnvelope {
    static final String SHAPE = "The page envelope every collection answers with: items, in the collection's "
            + "order, and page, with the limit and the cursors to the neighbouring pages (follow page.nextCursor "
            + "or the Link header).";
    static final String ITEMS = "The items of this page, in the collection's order; empty when nothing matches.";

    private PageEnvelope() {
    }

    public static void describe(Map<String, Schema> schemas) {
        if (schemas == null) {
            return;
        }
        schemas.forEach((name, schema) -> {
            if (isPage(name, schema)) {
                String own = schema.getDescription();
                String item = itemName(schema.getProperties().get("items"));
                schema.setDescription((own != null ? own : "A page of " + item + ".") + " " + SHAPE);
                schema.getProperties().get("items").setDescription(ITEMS);
            }
        });
    }

    private static boolean isPage(String name, Schema schema) {
        return name.endsWith("Page") && schema.getProperties() != null
                && schema.getProperties().keySet().equals(Set.of("items", "page"));
    }

    private static String itemName(Schema items) {
        String ref = items.getItems() == null ? null : items.getItems().getRef();
        return ref == null ? "items" : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
