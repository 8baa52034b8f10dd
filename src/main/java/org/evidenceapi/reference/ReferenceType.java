package org.evidenceapi.reference;

/** Bibliographic type; each maps one-to-one onto a CSL type. */
public enum ReferenceType { JOURNAL_ARTICLE, REVIEW, BOOK, CHAPTER, WEBPAGE, PROTOCOL, OTHER }
