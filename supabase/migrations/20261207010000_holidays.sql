-- Calendars the scheduling warnings read: public holidays per country (with China's make-up working days,
-- 调休) and institutions' terms, exam periods and breaks. Everyone reads both: a partner abroad plans with them.
--  * public_holidays: the secretariat writes. Rows come from the library seed (server/domain/calendar/holiday-seed.ts,
--    written by the service, edited_at null) or from the secretariat's hand (edited_at set by the guard), and
--    a reload from the library never overwrites a row a person edited.
--  * institution_periods: the institution's staff and the secretariat write.

create table public.public_holidays (
  id uuid primary key default gen_random_uuid(),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  day date not null,
  year integer generated always as (extract(year from day)::integer) stored,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  -- 'makeup_workday': a weekend day worked in exchange for a longer holiday (China's 调休): NOT a holiday.
  kind text not null check (kind in ('public', 'makeup_workday')),
  -- The official list's URL or document title, or "date-holidays <version>".
  source text not null check (char_length(btrim(source)) between 1 and 500),
  edited_by uuid references public.profiles (id) on delete set null,
  edited_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (country, day, kind)
);
alter table public.public_holidays enable row level security;
create index public_holidays_country_year_idx on public.public_holidays (country, year);
create trigger public_holidays_audit after insert or update or delete on public.public_holidays
  for each row execute function private.audit_row_change();

create policy public_holidays_select on public.public_holidays for select to anon, authenticated using (true);
create policy public_holidays_insert on public.public_holidays for insert to authenticated
  with check ((select private.is_secretariat()));
create policy public_holidays_update on public.public_holidays for update to authenticated
  using ((select private.is_secretariat())) with check ((select private.is_secretariat()));
create policy public_holidays_delete on public.public_holidays for delete to authenticated
  using ((select private.is_secretariat()));

revoke update on public.public_holidays from anon, authenticated;
grant update (day, name, kind, source, updated_at) on public.public_holidays to authenticated;

-- A person's write is marked as theirs (so the library reload leaves it alone); only the service writes unmarked rows.
create or replace function private.guard_public_holiday() returns trigger
language plpgsql set search_path = '' as $$
begin
  if private.is_system() then
    if tg_op = 'UPDATE' then new.updated_at := now(); end if;
    return new;
  end if;
  if tg_op = 'UPDATE' and new.country is distinct from old.country then
    raise exception 'a holiday stays in its country' using errcode = '42501';
  end if;
  new.edited_by := (select auth.uid());
  new.edited_at := now();
  if tg_op = 'UPDATE' then new.updated_at := now(); end if;
  return new;
end $$;
create trigger public_holidays_guard before insert or update on public.public_holidays
  for each row execute function private.guard_public_holiday();

create table public.institution_periods (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  kind text not null check (kind in ('term', 'exam', 'break')),
  starts_on date not null,
  -- A period is at most a year: a longer one is a typing mistake that would flag every session.
  ends_on date not null check (ends_on >= starts_on and ends_on - starts_on <= 366),
  name jsonb not null default '{}' check (public.is_locale_map(name)),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.institution_periods enable row level security;
create index institution_periods_institution_idx on public.institution_periods (institution_id, starts_on);
create trigger institution_periods_audit after insert or update or delete on public.institution_periods
  for each row execute function private.audit_row_change();

create policy institution_periods_select on public.institution_periods for select to anon, authenticated using (true);
create policy institution_periods_insert on public.institution_periods for insert to authenticated
  with check ((select private.is_secretariat()) or private.is_staff_of(institution_id));
create policy institution_periods_update on public.institution_periods for update to authenticated
  using ((select private.is_secretariat()) or private.is_staff_of(institution_id))
  with check ((select private.is_secretariat()) or private.is_staff_of(institution_id));
create policy institution_periods_delete on public.institution_periods for delete to authenticated
  using ((select private.is_secretariat()) or private.is_staff_of(institution_id));

-- A period never moves to another institution, nor changes who made it.
revoke update on public.institution_periods from anon, authenticated;
grant update (kind, starts_on, ends_on, name, updated_at) on public.institution_periods to authenticated;

revoke execute on function private.guard_public_holiday() from public, anon, authenticated;
