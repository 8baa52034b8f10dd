package org.evidenceapi.integrity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much a finding matters; each rule has a fixed severity (see FindingCode). */
@Schema(description = "How much a finding matters. ERROR: wrong or broken, fix before publishing. WARNING: weakens "
        + "the article's evidence, an editor should look. INFO: incomplete, worth completing.")
public enum Severity { ERROR, WARNING, INFO }
