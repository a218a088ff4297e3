-- A person's time zone is on their profile once it is known: chosen on the profile page, or their browser's, stored at
-- sign-up (the sign-up's metadata) and at the first sign-in (the server, when the profile has none). Until then it is
-- null and the pages follow the rule of shared/time-zones.ts personTimeZone: the browser's zone, then their
-- institution's country's, then the community's. Before, every profile started as UTC, so a student in Hanoi saw
-- "your time: 02:00 (UTC)".
alter table public.profiles alter column time_zone drop not null, alter column time_zone drop default;

-- UTC was the default, not a choice, unless the audit log shows the person (or anyone) setting it.
update public.profiles p set time_zone = null
where p.time_zone = 'UTC' and not exists (
  select 1 from public.audit_log a
  where a.entity = 'profiles' and a.entity_id = p.id::text and a.action = 'update'
    and a.after ->> 'time_zone' = 'UTC' and a.before ->> 'time_zone' is distinct from 'UTC'
);

-- An IANA zone name Postgres knows. Postgres would also take POSIX strings ('XYZ+3') and abbreviations the browsers'
-- Intl refuses, so a name is a capitalised word or Area/Location, as the IANA database writes them.
create or replace function private.is_time_zone(zone text) returns boolean
language plpgsql stable set search_path = '' as $$
begin
  if zone is null or char_length(zone) > 64 or zone = 'Factory'
    or zone !~ '^([A-Z][A-Za-z_]*|[A-Z][A-Za-z_-]*(/[A-Za-z0-9_+-]+)+)$' then
    return false;
  end if;
  perform now() at time zone zone;
  return true;
exception when invalid_parameter_value then
  return false;
end $$;

-- Whoever writes the profile (the page, PostgREST in Supabase mode), its zone is one the pages can show times in.
create or replace function private.guard_profile_time_zone() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.time_zone is not null and not private.is_time_zone(new.time_zone) then
    raise exception 'unknown time zone %', new.time_zone using errcode = 'check_violation';
  end if;
  return new;
end $$;
revoke execute on function private.guard_profile_time_zone() from anon, authenticated, public;
create trigger profiles_time_zone_guard before insert or update of time_zone on public.profiles
  for each row execute function private.guard_profile_time_zone();

-- A sign-up names its browser's zone in the metadata (time_zone); an unknown one is left out rather than refused.
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  locale text := coalesce(new.raw_user_meta_data ->> 'preferred_locale', 'en');
  zone text := new.raw_user_meta_data ->> 'time_zone';
begin
  if locale <> all (public.locale_codes()) then locale := 'en'; end if;
  if not private.is_time_zone(zone) then zone := null; end if;
  insert into public.profiles (id, email, display_name, preferred_locale, time_zone)
  values (
    new.id,
    coalesce(new.email, ''),
    coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), split_part(coalesce(new.email, 'user'), '@', 1)),
    locale,
    zone
  );
  return new;
end $$;
revoke execute on function private.handle_new_user() from anon, authenticated, public;
