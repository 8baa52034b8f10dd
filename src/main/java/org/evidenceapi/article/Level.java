package org.evidenceapi.article;

/** Reading level an article is written for. */
public enum Level { BEGINNER, INTERMEDIATE, ADVANCED }
