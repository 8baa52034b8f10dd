package org.evidenceapi.comment;

/** Moderation state of a reader's comment; only APPROVED comments are public. */
public enum CommentStatus { PENDING, APPROVED, REJECTED, SPAM }
