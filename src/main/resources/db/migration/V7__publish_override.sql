-- Why a change was made, when the one who made it had to say: the reason an admin gave for publishing an article
-- over its integrity report's errors (publishOverride). Null for ordinary changes. Portable SQL: H2 2.x and
-- PostgreSQL 15.
ALTER TABLE revision ADD COLUMN note VARCHAR(1000);
