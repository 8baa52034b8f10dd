package org.evidenceapi.study;

/** Whether a participant count is exact or as the source states it ("over 1,000"). */
public enum ParticipantsQualifier { EXACT, AT_LEAST, APPROXIMATE }
