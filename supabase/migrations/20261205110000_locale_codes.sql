-- One locale list in the database: public.locale_codes(). The checks that took a literal list of the ten
-- codes (localized text, profiles.preferred_locale, consents.locale, the sign-up trigger's fallback) call it.
-- Why a migration holds the list rather than the server filling it in at start: `supabase db push` runs
-- these files and nothing else. shared/locales.ts stays the source: `npm run i18n:migration` writes the
-- next list as a new migration, and the server refuses to start while the two differ (server/db/locale-codes.ts).

-- The locale codes the database accepts, in the order of shared/locales.ts (made by npm run i18n:migration).
-- Only ever add codes: the checks that call this function do not look at rows already stored.
create or replace function public.locale_codes() returns text[]
language sql immutable parallel safe set search_path = '' as $$
  select array['zh', 'en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my']::text[]
$$;

create or replace function public.is_locale_map(value jsonb) returns boolean
language sql immutable set search_path = '' as $$
  select jsonb_typeof(value) = 'object'
    and not exists (
      select 1 from jsonb_each(value) as e(k, v)
      where e.k <> all (public.locale_codes()) or jsonb_typeof(e.v) <> 'string'
    )
$$;

alter table public.profiles drop constraint profiles_preferred_locale_check,
  add constraint profiles_preferred_locale_check check (preferred_locale = any (public.locale_codes()));
alter table public.consents drop constraint consents_locale_check,
  add constraint consents_locale_check check (locale = any (public.locale_codes()));

-- A sign-up asking for a locale the portal does not have gets English, as before.
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  locale text := coalesce(new.raw_user_meta_data ->> 'preferred_locale', 'en');
begin
  if locale <> all (public.locale_codes()) then locale := 'en'; end if;
  insert into public.profiles (id, email, display_name, preferred_locale)
  values (
    new.id,
    coalesce(new.email, ''),
    coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), split_part(coalesce(new.email, 'user'), '@', 1)),
    locale
  );
  return new;
end $$;
