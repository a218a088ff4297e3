-- Course catalogues (issue 18, part 1 of credit recognition): each institution publishes its course units.
-- Credits are a number in the institution's own credit system (which system that is, and how it converts, lives with
-- the credit systems: shared/credits and their migration); hours are the facts conversion works from.
--
-- Who sees what:
--  * anyone (anon included) reads the active units of a member institution (membership_status 'member'): the public
--    catalogue partners abroad and students plan with;
--  * the institution's staff (partner_staff, office_staff) read all of its units, inactive ones too, and write them;
--  * the secretariat reads every unit (inactive too) but does not write: a catalogue is the institution's own word.
-- Every write is audited; the unit never moves to another institution.

create table public.course_units (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  -- The institution's own course code, as printed on its transcripts; unique within the institution.
  code text not null check (code ~ '^[A-Za-z0-9](?:[A-Za-z0-9 ._-]{0,38}[A-Za-z0-9._-])?$'),
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb and pg_column_size(title) <= 20000),
  description jsonb not null default '{}' check (public.is_locale_map(description) and pg_column_size(description) <= 200000),
  learning_outcomes jsonb not null default '{}'
    check (public.is_locale_map(learning_outcomes) and pg_column_size(learning_outcomes) <= 200000),
  -- In the institution's own credit system (tín chỉ, SKS, 学分 …), not ECTS.
  credits numeric(6, 2) not null check (credits >= 0 and credits <= 1000),
  contact_hours numeric(7, 1) check (contact_hours >= 0 and contact_hours <= 10000),
  workload_hours numeric(7, 1) not null check (workload_hours > 0 and workload_hours <= 20000),
  -- EQF level 1–8 and/or ISCED 2011 level 0–8; at least one.
  eqf_level smallint check (eqf_level between 1 and 8),
  isced_level smallint check (isced_level between 0 and 8),
  -- ISCED-F 2013 field code (shared/isced.ts holds the list; the service checks membership).
  isced_field text check (isced_field ~ '^[0-9]{2,4}$'),
  -- ISO 639 codes of the languages of instruction.
  languages text[] not null check (cardinality(languages) between 1 and 10
    and array_to_string(languages, ',') ~ '^[a-z]{2,3}(,[a-z]{2,3})*$'),
  term text not null check (term in ('autumn', 'spring', 'summer', 'full_year')),
  active boolean not null default true,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (institution_id, code),
  check (eqf_level is not null or isced_level is not null),
  check (contact_hours is null or contact_hours <= workload_hours)
);
alter table public.course_units enable row level security;
create index course_units_institution_idx on public.course_units (institution_id, active, code);
create trigger course_units_audit after insert or update or delete on public.course_units
  for each row execute function private.audit_row_change();

-- Whether an institution's catalogue is public: it is a member in good standing.
create or replace function private.is_catalogue_public(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.institutions i where i.id = inst and i.membership_status = 'member')
$$;
grant execute on function private.is_catalogue_public(uuid) to anon, authenticated, service_role;

create policy course_units_select_public on public.course_units for select to anon, authenticated
  using (active and (select private.is_catalogue_public(institution_id)));
create policy course_units_select_staff on public.course_units for select to authenticated
  using (private.is_staff_of(institution_id) or (select private.is_secretariat()));
create policy course_units_insert on public.course_units for insert to authenticated
  with check (private.is_staff_of(institution_id));
create policy course_units_update on public.course_units for update to authenticated
  using (private.is_staff_of(institution_id)) with check (private.is_staff_of(institution_id));
create policy course_units_delete on public.course_units for delete to authenticated
  using (private.is_staff_of(institution_id));

-- A unit stays with its institution and keeps who made it; everything it describes may change.
revoke update on public.course_units from anon, authenticated;
revoke insert, delete on public.course_units from anon;
grant update (code, title, description, learning_outcomes, credits, contact_hours, workload_hours, eqf_level, isced_level,
  isced_field, languages, term, active, updated_at) on public.course_units to authenticated;

create or replace function private.guard_course_unit() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'UPDATE' then
    if new.institution_id is distinct from old.institution_id or new.created_by is distinct from old.created_by then
      raise exception 'a course unit stays with its institution' using errcode = '42501';
    end if;
    new.updated_at := now();
  elsif not private.is_system() then
    new.created_by := (select auth.uid());
  end if;
  return new;
end $$;
create trigger course_units_guard before insert or update on public.course_units
  for each row execute function private.guard_course_unit();
revoke execute on function private.guard_course_unit() from public, anon, authenticated;
