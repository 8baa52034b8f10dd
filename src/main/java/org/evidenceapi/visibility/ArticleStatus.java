package org.evidenceapi.visibility;

/** Editorial life cycle of an article; only PUBLISHED articles are public. */
public enum ArticleStatus { DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED }
