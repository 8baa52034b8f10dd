package org.evidenceapi.claim;

/** How serious a GRADE domain concern is. */
public enum ConcernRating { NO_CONCERN, SERIOUS, VERY_SERIOUS }
