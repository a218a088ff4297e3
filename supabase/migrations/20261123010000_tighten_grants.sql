-- Grants that RLS does not cover. TRUNCATE and TRIGGER ignore row-level security, and an UPDATE
-- policy limits rows, not columns: close all three for the roles users act as.
revoke truncate, trigger, references on all tables in schema public from anon, authenticated;
alter default privileges in schema public revoke truncate, trigger, references on tables from anon, authenticated;

-- A person edits their own profile's settings, never its email (a copy of auth.users.email) or timestamps of creation.
revoke update on public.profiles from anon, authenticated;
grant update (display_name, preferred_locale, time_zone, thai_buddhist_calendar, avatar_file_id, updated_at) on public.profiles to authenticated;
