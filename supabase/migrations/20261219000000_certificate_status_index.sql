-- A certificate's status_index is its bit in one BitstringStatusList. When the open list is full, the next credential
-- takes index 0 of a new list (server/domain/credentials/status.ts), so the same index recurs across lists: the unique
-- pair is (list, index), which credential_status_entries holds as its key. Unique on the index alone, the first
-- certificate issued after a list filled up could not be stored.
alter table public.certificates drop constraint if exists certificates_status_index_key;
