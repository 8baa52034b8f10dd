-- The published notice behind a paper's update status, as the Retraction Watch data set gives it (the retraction,
-- expression of concern, correction or reinstatement): its DOI and date. Both null when an editor or an article
-- import set the status; a reinstatement may lower a status only when a notice set it (see retractionwatch/).
ALTER TABLE bib_reference ADD COLUMN update_notice_doi VARCHAR(300);
ALTER TABLE bib_reference ADD COLUMN update_notice_date DATE;

-- Envers' twin, so the revision history shows when a notice arrived and what it changed.
ALTER TABLE bib_reference_aud ADD COLUMN update_notice_doi VARCHAR(300);
ALTER TABLE bib_reference_aud ADD COLUMN update_notice_date DATE;
