package org.evidenceapi.article;

/**
 * What a change that publishes says about the publish gate: nothing ({@link #NONE}), or the reason to publish over
 * the integrity report's errors. Made by {@link PublishCheck#requested} from the query parameter, which checks who
 * may give one, or by the service itself for its own writes.
 */
public record PublishOverride(String reason) {
    public static final PublishOverride NONE = new PublishOverride(null);

    /** The service's own override, for content it loads itself (the demo article). */
    public static PublishOverride bySystem(String reason) {
        return new PublishOverride(reason);
    }

    public boolean given() {
        return reason != null;
    }
}
