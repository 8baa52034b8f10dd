-- A change reads the entries of the resources it touched by id ("resource_id in (...)"): H2 looks an IN list up
-- in an index only on the index's first column, so with the primary key alone (type, id) it read every
-- entry of the type and compared each with the list: a cost that grew with the library, most of a bulk import's.
CREATE INDEX change_entry_resource ON change_entry (resource_id);
