package org.evidenceapi.article;

/** Kind of a content block inside a section. */
public enum BlockType { PARAGRAPH, LIST, FIGURE, QUOTE }
