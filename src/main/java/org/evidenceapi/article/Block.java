package org.evidenceapi.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.evidenceapi.common.validation.WebUrl;

/**
 * A content block. PARAGRAPH and QUOTE use {@code text} (QUOTE may name an {@code attribution}),
 * LIST uses {@code items}, FIGURE uses {@code caption}, {@code altText} and {@code imageUrl}.
 */
public record Block(
        @NotNull BlockType type,
        @Size(max = 20000) String text,
        List<@Size(max = 2000) String> items,
        @Size(max = 2000) String caption,
        @Size(max = 1000) String altText,
        @WebUrl @Size(max = 2000) String imageUrl,
        @Size(max = 300) String attribution) {
}
