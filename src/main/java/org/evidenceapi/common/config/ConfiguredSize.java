package org.evidenceapi.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;

/** A size setting as configured ("512K", what a 413 tells the client) and in bytes. */
public record ConfiguredSize(String shown, MemorySize bytes) {
    /** How the configuration turns the setting's text into one (SmallRye Config finds this method by its name). */
    public static ConfiguredSize of(String text) {
        return new ConfiguredSize(text, new MemorySizeConverter().convert(text));
    }
}
