-- Credit recognition, part 1 (issue 18): the registry of credit systems, each institution's credit rule, grading scales,
-- fixed grade-conversion tables and Egracons-style grading tables. Rules and sources: docs/credits.md.
--
-- Versioning: a credit system's definition (credit_system_versions) and an institution's rule (institution_credit_rules)
-- are versions. A conversion someone keeps (credit_conversions) names the versions it used; once a version is named, the
-- database refuses to change its figures (private.guard_credit_version, private.guard_credit_rule): a new figure is a new
-- version, and what was decided before keeps reading the old one.
--
-- Who sees what:
--  * the registry and every institution's rule are public (a partner converts with them);
--  * grading scales and their grades are read by anyone signed in (a grade is never shown without its scale);
--  * grading tables (distributions of grades) and fixed conversion tables are read only by the institution's staff and
--    the staff of institutions that are party with it to an agreement in force (private.is_grading_partner_of);
--  * an institution's staff write its rule, scales and tables; the secretariat writes the registry.

-- ---------------------------------------------------------------- the registry
create table public.credit_systems (
  -- A short code: ects, vn_tin_chi, th_credit, my_credit, ph_unit, id_sks, cn_credit, acts, aims.
  id text primary key check (id ~ '^[a-z][a-z0-9_]{1,30}$'),
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  -- The country whose system it is (null: a regional scheme such as ECTS, ACTS, AIMS).
  country char(2) check (country ~ '^[A-Z]{2}$'),
  -- True: no single hour figure is published; each institution sets its own factor.
  per_institution boolean not null default false,
  position integer not null default 0 check (position between 0 and 1000),
  created_at timestamptz not null default now()
);
alter table public.credit_systems enable row level security;

create table public.credit_system_versions (
  id uuid primary key default gen_random_uuid(),
  system_id text not null references public.credit_systems (id) on delete restrict,
  version integer not null check (version between 1 and 1000),
  -- Hours of total student workload one credit stands for, the figure conversion uses (null: set per institution).
  workload_hours numeric(6, 2) check (workload_hours > 0),
  -- The range a definition allows (ECTS: 25–30 h), shown beside the default.
  workload_min numeric(6, 2) check (workload_min > 0),
  workload_max numeric(6, 2) check (workload_max > 0),
  -- Class (contact) hours one credit requires at least (Viet Nam: 15; the Philippines: 16), if the definition names them.
  contact_hours numeric(6, 2) check (contact_hours > 0),
  -- Other kinds of component counted differently, e.g. {"industrial_training": 80}: kind → workload hours per credit.
  variants jsonb not null default '{}' check (jsonb_typeof(variants) = 'object' and pg_column_size(variants) <= 2000),
  -- What the definition says, in the reader's language.
  summary jsonb not null default '{}' check (public.is_locale_map(summary) and pg_column_size(summary) <= 20000),
  -- Where the figure comes from (a regulation, a guide), as written.
  source text not null check (char_length(btrim(source)) between 3 and 1000),
  valid_from date not null default current_date,
  created_at timestamptz not null default now(),
  unique (system_id, version),
  check (workload_min is null or workload_max is null or workload_min <= workload_max)
);
alter table public.credit_system_versions enable row level security;

-- ---------------------------------------------------------------- an institution's rule, versioned
create table public.institution_credit_rules (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  version integer not null check (version between 1 and 100000),
  system_version_id uuid not null references public.credit_system_versions (id) on delete restrict,
  -- Workload hours per credit of this institution when it differs from the system's (an ECTS user at 30 h; a Chinese
  -- university at 48 h). Required for a per-institution system.
  factor_override numeric(6, 2) check (factor_override > 0 and factor_override <= 1000),
  rounding text not null default 'nearest_0_5'
    check (rounding in ('nearest_0_5', 'nearest_1', 'down_0_5', 'down_1', 'up_0_5', 'decimals')),
  decimals integer not null default 1 check (decimals between 0 and 2),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (institution_id, version)
);
alter table public.institution_credit_rules enable row level security;

-- ---------------------------------------------------------------- conversions kept (by a decision)
create table public.credit_conversions (
  id uuid primary key default gen_random_uuid(),
  -- The institution that converted (and keeps the record).
  institution_id uuid not null references public.institutions (id) on delete cascade,
  source_version_id uuid not null references public.credit_system_versions (id) on delete restrict,
  target_version_id uuid not null references public.credit_system_versions (id) on delete restrict,
  source_rule_id uuid references public.institution_credit_rules (id) on delete restrict,
  target_rule_id uuid references public.institution_credit_rules (id) on delete restrict,
  credits numeric(8, 2) not null check (credits >= 0),
  result numeric(8, 2) not null check (result >= 0),
  -- The steps of the explanation as message keys with parameters (shared/credits/conversion.ts), read in any language.
  trail jsonb not null check (jsonb_typeof(trail) = 'array' and pg_column_size(trail) <= 20000),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.credit_conversions enable row level security;
create index credit_conversions_institution_idx on public.credit_conversions (institution_id, created_at desc);
create index credit_conversions_source_version_idx on public.credit_conversions (source_version_id);
create index credit_conversions_target_version_idx on public.credit_conversions (target_version_id);
create index credit_conversions_source_rule_idx on public.credit_conversions (source_rule_id);
create index credit_conversions_target_rule_idx on public.credit_conversions (target_rule_id);

-- ---------------------------------------------------------------- grading scales
create table public.grading_scales (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb and pg_column_size(name) <= 4000),
  -- Numeric scales name their pass mark and maximum (0–10, pass 5); letter scales leave them null.
  pass_mark numeric(8, 2),
  max_value numeric(8, 2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (pass_mark is null or max_value is null or pass_mark <= max_value)
);
alter table public.grading_scales enable row level security;
create index grading_scales_institution_idx on public.grading_scales (institution_id);

-- The grades of a scale, best first (position 1). A grade anywhere is (scale_id, value), with a key to this table.
create table public.grading_scale_grades (
  scale_id uuid not null references public.grading_scales (id) on delete cascade,
  value text not null check (char_length(btrim(value)) between 1 and 20),
  label jsonb not null default '{}' check (public.is_locale_map(label) and pg_column_size(label) <= 4000),
  position integer not null check (position between 1 and 200),
  passing boolean not null,
  primary key (scale_id, value),
  unique (scale_id, position)
);
alter table public.grading_scale_grades enable row level security;

-- ---------------------------------------------------------------- fixed conversion tables
create table public.grade_conversion_tables (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  from_scale_id uuid not null references public.grading_scales (id) on delete cascade,
  to_scale_id uuid not null references public.grading_scales (id) on delete cascade,
  note text not null default '' check (char_length(note) <= 2000),
  created_at timestamptz not null default now(),
  check (from_scale_id <> to_scale_id),
  unique (id, from_scale_id, to_scale_id)
);
alter table public.grade_conversion_tables enable row level security;
create index grade_conversion_tables_institution_idx on public.grade_conversion_tables (institution_id);
create index grade_conversion_tables_from_idx on public.grade_conversion_tables (from_scale_id);
create index grade_conversion_tables_to_idx on public.grade_conversion_tables (to_scale_id);

create table public.grade_conversion_rows (
  table_id uuid not null,
  from_scale_id uuid not null,
  from_value text not null,
  to_scale_id uuid not null,
  to_value text not null,
  primary key (table_id, from_value),
  foreign key (table_id, from_scale_id, to_scale_id) references public.grade_conversion_tables (id, from_scale_id, to_scale_id) on delete cascade,
  foreign key (from_scale_id, from_value) references public.grading_scale_grades (scale_id, value) on delete cascade on update cascade,
  foreign key (to_scale_id, to_value) references public.grading_scale_grades (scale_id, value) on delete cascade on update cascade
);
alter table public.grade_conversion_rows enable row level security;
create index grade_conversion_rows_from_idx on public.grade_conversion_rows (from_scale_id, from_value);
create index grade_conversion_rows_to_idx on public.grade_conversion_rows (to_scale_id, to_value);

-- ---------------------------------------------------------------- Egracons grading tables
create table public.grading_tables (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  scale_id uuid not null references public.grading_scales (id) on delete cascade,
  -- An ISCED-F 2013 code (shared/isced.ts) and a study level (shared/agreements/vocabulary.ts STUDY_LEVELS).
  isced_code text not null check (isced_code ~ '^[0-9]{2,4}$'),
  level text not null check (level in ('eqf_4', 'eqf_5', 'eqf_6', 'eqf_7', 'eqf_8', 'cn_secondary_vocational',
    'cn_higher_vocational', 'cn_bachelor', 'cn_master', 'cn_doctorate')),
  -- The academic years the counts cover: two or three (Egracons).
  from_year integer not null check (from_year between 1990 and 2200),
  to_year integer not null check (to_year between 1990 and 2200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (to_year - from_year between 1 and 2),
  unique (institution_id, scale_id, isced_code, level, from_year)
);
alter table public.grading_tables enable row level security;
create index grading_tables_scale_idx on public.grading_tables (scale_id);

-- How many passing grades of each value were awarded over the years (only passing grades count).
create table public.grading_table_counts (
  table_id uuid not null references public.grading_tables (id) on delete cascade,
  scale_id uuid not null,
  value text not null,
  count integer not null check (count between 0 and 100000000),
  primary key (table_id, value),
  foreign key (scale_id, value) references public.grading_scale_grades (scale_id, value) on delete cascade on update cascade
);
alter table public.grading_table_counts enable row level security;
create index grading_table_counts_grade_idx on public.grading_table_counts (scale_id, value);

-- ---------------------------------------------------------------- helpers
-- Whether the caller is staff of inst, or of an institution that is party with inst to an agreement in force.
create or replace function private.is_grading_partner_of(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_staff_of(inst) or exists (
    select 1 from public.agreement_parties mine
    join public.agreements a on a.id = mine.agreement_id and a.state = any (private.agreement_in_force_states())
    join public.agreement_parties theirs on theirs.agreement_id = a.id and theirs.institution_id = inst
    where mine.institution_id <> inst and private.is_staff_of(mine.institution_id)
  )
$$;
create or replace function private.scale_institution(scale uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select s.institution_id from public.grading_scales s where s.id = scale
$$;
create or replace function private.grading_table_institution(t uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select g.institution_id from public.grading_tables g where g.id = t
$$;
create or replace function private.conversion_table_institution(t uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select c.institution_id from public.grade_conversion_tables c where c.id = t
$$;
grant execute on function private.is_grading_partner_of(uuid), private.scale_institution(uuid),
  private.grading_table_institution(uuid), private.conversion_table_institution(uuid) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- guards
-- A version someone's conversion named keeps its figures for ever.
create or replace function private.guard_credit_version() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (new.workload_hours, new.workload_min, new.workload_max, new.contact_hours, new.variants, new.system_id, new.version)
     is distinct from (old.workload_hours, old.workload_min, old.workload_max, old.contact_hours, old.variants, old.system_id, old.version)
     and exists (select 1 from public.credit_conversions c where c.source_version_id = old.id or c.target_version_id = old.id) then
    raise exception 'a credit system version in use is never rewritten: add a new version' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger credit_system_versions_guard before update on public.credit_system_versions
  for each row execute function private.guard_credit_version();

create or replace function private.guard_credit_rule() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    if new.factor_override is null and exists (
      select 1 from public.credit_system_versions v join public.credit_systems s on s.id = v.system_id
      where v.id = new.system_version_id and (s.per_institution or v.workload_hours is null)
    ) then
      raise exception 'this credit system has no published hour figure: the institution sets its factor' using errcode = '23514';
    end if;
    return new;
  end if;
  if (new.factor_override, new.system_version_id, new.rounding, new.decimals, new.institution_id, new.version)
     is distinct from (old.factor_override, old.system_version_id, old.rounding, old.decimals, old.institution_id, old.version)
     and exists (select 1 from public.credit_conversions c where c.source_rule_id = old.id or c.target_rule_id = old.id) then
    raise exception 'a credit rule in use is never rewritten: add a new version' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger institution_credit_rules_guard before insert or update on public.institution_credit_rules
  for each row execute function private.guard_credit_rule();

-- Only passing grades are counted in a grading table, on the table's own scale.
create or replace function private.guard_grading_count() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.scale_id is distinct from (select g.scale_id from public.grading_tables g where g.id = new.table_id) then
    raise exception 'a grading table counts grades of its own scale' using errcode = '23514';
  end if;
  if not (select gr.passing from public.grading_scale_grades gr where gr.scale_id = new.scale_id and gr.value = new.value) then
    raise exception 'a grading table counts passing grades only' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger grading_table_counts_guard before insert or update on public.grading_table_counts
  for each row execute function private.guard_grading_count();

-- A grading table uses a scale of its own institution; a fixed table starts or ends on one (the other may be a partner's).
create or replace function private.guard_grading_table_scale() returns trigger
language plpgsql set search_path = '' as $$
begin
  if private.scale_institution(new.scale_id) <> new.institution_id then
    raise exception 'a grading table uses a scale of its own institution' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger grading_tables_scale_owner before insert or update on public.grading_tables
  for each row execute function private.guard_grading_table_scale();

create or replace function private.guard_conversion_table_scale() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.institution_id not in (private.scale_institution(new.from_scale_id), private.scale_institution(new.to_scale_id)) then
    raise exception 'a conversion table starts or ends on a scale of its own institution' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger grade_conversion_tables_scale_owner before insert or update on public.grade_conversion_tables
  for each row execute function private.guard_conversion_table_scale();

revoke execute on function private.guard_credit_version(), private.guard_credit_rule(), private.guard_grading_count(),
  private.guard_grading_table_scale(), private.guard_conversion_table_scale() from public, anon, authenticated;

-- ---------------------------------------------------------------- audit
-- The secretariat reads the whole log: what RLS hides from it (counts, conversion rows, kept conversions) is redacted.
create trigger credit_systems_audit after insert or update or delete on public.credit_systems
  for each row execute function private.audit_row_change();
create trigger credit_system_versions_audit after insert or update or delete on public.credit_system_versions
  for each row execute function private.audit_row_change();
create trigger institution_credit_rules_audit after insert or update or delete on public.institution_credit_rules
  for each row execute function private.audit_row_change();
create trigger credit_conversions_audit after insert or update or delete on public.credit_conversions
  for each row execute function private.audit_row_change('credits', 'result', 'trail');
create trigger grading_scales_audit after insert or update or delete on public.grading_scales
  for each row execute function private.audit_row_change();
create trigger grading_scale_grades_audit after insert or update or delete on public.grading_scale_grades
  for each row execute function private.audit_row_change();
create trigger grade_conversion_tables_audit after insert or update or delete on public.grade_conversion_tables
  for each row execute function private.audit_row_change();
create trigger grade_conversion_rows_audit after insert or update or delete on public.grade_conversion_rows
  for each row execute function private.audit_row_change('from_value', 'to_value');
create trigger grading_tables_audit after insert or update or delete on public.grading_tables
  for each row execute function private.audit_row_change();
create trigger grading_table_counts_audit after insert or update or delete on public.grading_table_counts
  for each row execute function private.audit_row_change('value', 'count');

-- ---------------------------------------------------------------- policies
create policy credit_systems_select on public.credit_systems for select to anon, authenticated using (true);
create policy credit_systems_insert on public.credit_systems for insert to authenticated with check ((select private.is_secretariat()));
create policy credit_systems_update on public.credit_systems for update to authenticated
  using ((select private.is_secretariat())) with check ((select private.is_secretariat()));
revoke delete on public.credit_systems from anon, authenticated;

create policy credit_system_versions_select on public.credit_system_versions for select to anon, authenticated using (true);
create policy credit_system_versions_insert on public.credit_system_versions for insert to authenticated
  with check ((select private.is_secretariat()));
create policy credit_system_versions_update on public.credit_system_versions for update to authenticated
  using ((select private.is_secretariat())) with check ((select private.is_secretariat()));
revoke delete on public.credit_system_versions from anon, authenticated;

-- Rules are public; an institution's staff add a version; nobody acting as a user rewrites or deletes one.
create policy institution_credit_rules_select on public.institution_credit_rules for select to anon, authenticated using (true);
create policy institution_credit_rules_insert on public.institution_credit_rules for insert to authenticated
  with check (private.is_staff_of(institution_id) and created_by = (select auth.uid()));
revoke update, delete on public.institution_credit_rules from anon, authenticated;

create policy credit_conversions_select on public.credit_conversions for select to authenticated
  using (private.is_staff_of(institution_id));
create policy credit_conversions_insert on public.credit_conversions for insert to authenticated
  with check (private.is_staff_of(institution_id) and created_by = (select auth.uid()));
revoke update, delete on public.credit_conversions from anon, authenticated;

create policy grading_scales_select on public.grading_scales for select to authenticated using (true);
create policy grading_scales_insert on public.grading_scales for insert to authenticated
  with check (private.is_staff_of(institution_id));
create policy grading_scales_update on public.grading_scales for update to authenticated
  using (private.is_staff_of(institution_id)) with check (private.is_staff_of(institution_id));
create policy grading_scales_delete on public.grading_scales for delete to authenticated
  using (private.is_staff_of(institution_id));
revoke update on public.grading_scales from anon, authenticated;
grant update (name, pass_mark, max_value, updated_at) on public.grading_scales to authenticated;

create policy grading_scale_grades_select on public.grading_scale_grades for select to authenticated using (true);
create policy grading_scale_grades_insert on public.grading_scale_grades for insert to authenticated
  with check (private.is_staff_of(private.scale_institution(scale_id)));
create policy grading_scale_grades_update on public.grading_scale_grades for update to authenticated
  using (private.is_staff_of(private.scale_institution(scale_id))) with check (private.is_staff_of(private.scale_institution(scale_id)));
create policy grading_scale_grades_delete on public.grading_scale_grades for delete to authenticated
  using (private.is_staff_of(private.scale_institution(scale_id)));
revoke update on public.grading_scale_grades from anon, authenticated;
grant update (label, position, passing) on public.grading_scale_grades to authenticated;

create policy grade_conversion_tables_select on public.grade_conversion_tables for select to authenticated
  using (private.is_grading_partner_of(institution_id));
create policy grade_conversion_tables_insert on public.grade_conversion_tables for insert to authenticated
  with check (private.is_staff_of(institution_id));
create policy grade_conversion_tables_delete on public.grade_conversion_tables for delete to authenticated
  using (private.is_staff_of(institution_id));
revoke update on public.grade_conversion_tables from anon, authenticated;
grant update (note) on public.grade_conversion_tables to authenticated;
create policy grade_conversion_tables_update on public.grade_conversion_tables for update to authenticated
  using (private.is_staff_of(institution_id)) with check (private.is_staff_of(institution_id));

create policy grade_conversion_rows_select on public.grade_conversion_rows for select to authenticated
  using (private.is_grading_partner_of(private.conversion_table_institution(table_id)));
create policy grade_conversion_rows_insert on public.grade_conversion_rows for insert to authenticated
  with check (private.is_staff_of(private.conversion_table_institution(table_id)));
create policy grade_conversion_rows_delete on public.grade_conversion_rows for delete to authenticated
  using (private.is_staff_of(private.conversion_table_institution(table_id)));
revoke update on public.grade_conversion_rows from anon, authenticated;

create policy grading_tables_select on public.grading_tables for select to authenticated
  using (private.is_grading_partner_of(institution_id));
create policy grading_tables_insert on public.grading_tables for insert to authenticated
  with check (private.is_staff_of(institution_id));
create policy grading_tables_update on public.grading_tables for update to authenticated
  using (private.is_staff_of(institution_id)) with check (private.is_staff_of(institution_id));
create policy grading_tables_delete on public.grading_tables for delete to authenticated
  using (private.is_staff_of(institution_id));
revoke update on public.grading_tables from anon, authenticated;
grant update (from_year, to_year, updated_at) on public.grading_tables to authenticated;

create policy grading_table_counts_select on public.grading_table_counts for select to authenticated
  using (private.is_grading_partner_of(private.grading_table_institution(table_id)));
create policy grading_table_counts_insert on public.grading_table_counts for insert to authenticated
  with check (private.is_staff_of(private.grading_table_institution(table_id)));
create policy grading_table_counts_update on public.grading_table_counts for update to authenticated
  using (private.is_staff_of(private.grading_table_institution(table_id)))
  with check (private.is_staff_of(private.grading_table_institution(table_id)));
create policy grading_table_counts_delete on public.grading_table_counts for delete to authenticated
  using (private.is_staff_of(private.grading_table_institution(table_id)));
revoke update on public.grading_table_counts from anon, authenticated;
grant update (count) on public.grading_table_counts to authenticated;

-- ---------------------------------------------------------------- the registry's first versions
insert into public.credit_systems (id, name, country, per_institution, position) values
  ('ects', '{"en":"ECTS credits","zh":"欧洲学分（ECTS）","id":"Kredit ECTS","ms":"Kredit ECTS","th":"หน่วยกิต ECTS","vi":"Tín chỉ ECTS","fil":"ECTS credits","km":"ក្រេឌីត ECTS","lo":"ໜ່ວຍກິດ ECTS","my":"ECTS ခရက်ဒစ်"}', null, false, 1),
  ('vn_tin_chi', '{"en":"Viet Nam credits (tín chỉ)","zh":"越南学分（tín chỉ）","id":"Kredit Vietnam (tín chỉ)","ms":"Kredit Vietnam (tín chỉ)","th":"หน่วยกิตเวียดนาม (tín chỉ)","vi":"Tín chỉ (Việt Nam)","fil":"Credits ng Vietnam (tín chỉ)","km":"ក្រេឌីតវៀតណាម (tín chỉ)","lo":"ໜ່ວຍກິດຫວຽດນາມ (tín chỉ)","my":"ဗီယက်နမ် ခရက်ဒစ် (tín chỉ)"}', 'VN', false, 2),
  ('th_credit', '{"en":"Thai credits (หน่วยกิต)","zh":"泰国学分","id":"Kredit Thailand","ms":"Kredit Thailand","th":"หน่วยกิต (ไทย)","vi":"Tín chỉ Thái Lan","fil":"Credits ng Thailand","km":"ក្រេឌីតថៃ","lo":"ໜ່ວຍກິດໄທ","my":"ထိုင်း ခရက်ဒစ်"}', 'TH', false, 3),
  ('my_credit', '{"en":"Malaysian credits (MQF)","zh":"马来西亚学分（MQF）","id":"Kredit Malaysia (MQF)","ms":"Kredit Malaysia (MQF)","th":"หน่วยกิตมาเลเซีย (MQF)","vi":"Tín chỉ Malaysia (MQF)","fil":"Credits ng Malaysia (MQF)","km":"ក្រេឌីតម៉ាឡេស៊ី (MQF)","lo":"ໜ່ວຍກິດມາເລເຊຍ (MQF)","my":"မလေးရှား ခရက်ဒစ် (MQF)"}', 'MY', false, 4),
  ('ph_unit', '{"en":"Philippine units","zh":"菲律宾学分单位","id":"Unit Filipina","ms":"Unit Filipina","th":"หน่วยกิตฟิลิปปินส์","vi":"Đơn vị học tập Philippines","fil":"Units (Pilipinas)","km":"ឯកតាហ្វីលីពីន","lo":"ໜ່ວຍກິດຟີລິບປິນ","my":"ဖိလစ်ပိုင် ယူနစ်"}', 'PH', false, 5),
  ('id_sks', '{"en":"Indonesian semester credit units (SKS)","zh":"印度尼西亚学期学分（SKS）","id":"Satuan kredit semester (SKS)","ms":"Unit kredit semester Indonesia (SKS)","th":"หน่วยกิตภาคการศึกษาอินโดนีเซีย (SKS)","vi":"Tín chỉ học kỳ Indonesia (SKS)","fil":"Semester credit units ng Indonesia (SKS)","km":"ក្រេឌីតឆមាសឥណ្ឌូណេស៊ី (SKS)","lo":"ໜ່ວຍກິດພາກຮຽນອິນໂດເນເຊຍ (SKS)","my":"အင်ဒိုနီးရှား စာသင်နှစ်ဝက် ခရက်ဒစ် (SKS)"}', 'ID', false, 6),
  ('cn_credit', '{"en":"Chinese credits (学分)","zh":"中国学分","id":"Kredit Tiongkok (学分)","ms":"Kredit China (学分)","th":"หน่วยกิตจีน (学分)","vi":"Tín chỉ Trung Quốc (学分)","fil":"Credits ng Tsina (学分)","km":"ក្រេឌីតចិន (学分)","lo":"ໜ່ວຍກິດຈີນ (学分)","my":"တရုတ် ခရက်ဒစ် (学分)"}', 'CN', true, 7),
  ('acts', '{"en":"ASEAN Credit Transfer System (ACTS)","zh":"东盟学分转换系统（ACTS）","id":"Sistem Transfer Kredit ASEAN (ACTS)","ms":"Sistem Pemindahan Kredit ASEAN (ACTS)","th":"ระบบการโอนหน่วยกิตอาเซียน (ACTS)","vi":"Hệ thống chuyển đổi tín chỉ ASEAN (ACTS)","fil":"ASEAN Credit Transfer System (ACTS)","km":"ប្រព័ន្ធផ្ទេរក្រេឌីតអាស៊ាន (ACTS)","lo":"ລະບົບໂອນໜ່ວຍກິດອາຊຽນ (ACTS)","my":"အာဆီယံ ခရက်ဒစ် လွှဲပြောင်းစနစ် (ACTS)"}', null, true, 8),
  ('aims', '{"en":"AIMS credit transfer (SEAMEO RIHED)","zh":"AIMS学分转换（SEAMEO RIHED）","id":"Transfer kredit AIMS (SEAMEO RIHED)","ms":"Pemindahan kredit AIMS (SEAMEO RIHED)","th":"การโอนหน่วยกิต AIMS (SEAMEO RIHED)","vi":"Chuyển đổi tín chỉ AIMS (SEAMEO RIHED)","fil":"AIMS credit transfer (SEAMEO RIHED)","km":"ការផ្ទេរក្រេឌីត AIMS (SEAMEO RIHED)","lo":"ການໂອນໜ່ວຍກິດ AIMS (SEAMEO RIHED)","my":"AIMS ခရက်ဒစ် လွှဲပြောင်းမှု (SEAMEO RIHED)"}', null, true, 9);

insert into public.credit_system_versions (system_id, version, workload_hours, workload_min, workload_max, contact_hours, variants, summary, source, valid_from) values
  ('ects', 1, 27.5, 25, 30, null, '{}',
   '{"en":"1 credit = 25–30 hours of total student workload; the portal assumes 27.5 h unless the institution sets 25 or 30.","zh":"1学分 = 25–30小时学生总学习量；除非院校设定25或30小时，本平台按27.5小时计。"}',
   'ECTS Users'' Guide 2015 (European Commission), section 3.1: "one credit corresponds to 25 to 30 hours of work"', '2015-05-14'),
  ('vn_tin_chi', 1, 50, null, null, 15, '{}',
   '{"en":"1 tín chỉ = 50 hours of learning, including at least 15 class hours.","vi":"1 tín chỉ = 50 giờ học tập định mức, trong đó tối thiểu 15 giờ học trên lớp.","zh":"1学分 = 50小时学习，其中课堂学时不少于15小时。"}',
   'Circular 17/2021/TT-BGDĐT (Ministry of Education and Training, Viet Nam), Article 3', '2021-07-22'),
  ('th_credit', 1, 45, null, null, 15, '{"lecture":45,"lab":45,"practice":45}',
   '{"en":"1 credit = 15 lecture hours, 30–45 laboratory hours or at least 45 hours of practice per semester; counted as 45 hours of workload (15 h lecture + 30 h self-study).","th":"1 หน่วยกิต = บรรยาย 15 ชั่วโมง หรือปฏิบัติการ 30–45 ชั่วโมง หรือฝึกงาน 45 ชั่วโมงต่อภาคการศึกษา คิดเป็นภาระงาน 45 ชั่วโมง","zh":"1学分 = 每学期15个讲授学时、30–45个实验学时或45个实践学时；按45小时学习量计。"}',
   'Criteria for Higher Education Curriculum Standards B.E. 2565 (2022), Ministry of Higher Education, Science, Research and Innovation, Thailand', '2022-09-01'),
  ('my_credit', 1, 40, null, null, null, '{"industrial_training":80}',
   '{"en":"1 credit = 40 hours of student learning time (SLT); industrial training: 80 hours per credit.","ms":"1 kredit = 40 jam masa pembelajaran pelajar (SLT); latihan industri: 80 jam bagi setiap kredit.","zh":"1学分 = 40小时学生学习时间（SLT）；企业实习每学分80小时。"}',
   'Malaysian Qualifications Framework, 2nd edition (Malaysian Qualifications Agency, 2017)', '2017-12-01'),
  ('ph_unit', 1, 48, null, null, 16, '{}',
   '{"en":"1 unit = at least 16 lecture hours per semester; counted as 48 hours of workload (1 h in class + 2 h study outside, an assumption an institution may override).","fil":"1 unit = hindi bababa sa 16 oras ng lektura bawat semestre; binibilang na 48 oras ng gawain.","zh":"1学分单位 = 每学期至少16个讲授学时；按48小时学习量计（可由院校调整）。"}',
   'Commission on Higher Education (CHED), programme policies, standards and guidelines: one unit of credit = at least 16 hours of lecture per semester', '2019-01-01'),
  ('id_sks', 1, 45.33, null, null, null, '{}',
   '{"en":"1 SKS = 170 minutes a week (50 min class, 60 min structured tasks, 60 min independent study) over a 16-week semester = 45.33 hours.","id":"1 SKS = 170 menit per minggu (50 menit tatap muka, 60 menit penugasan terstruktur, 60 menit belajar mandiri) selama 16 minggu = 45,33 jam.","zh":"1 SKS = 每周170分钟（50分钟课堂、60分钟结构化作业、60分钟自学），16周学期合计45.33小时。"}',
   'Permendikbud No. 3 of 2020 on National Standards of Higher Education, Article 19: 1 SKS = 170 minutes per week per semester; 16 weeks', '2020-01-24'),
  ('id_sks', 2, 45, null, null, null, '{}',
   '{"en":"1 SKS = 45 hours of learning activity per semester.","id":"1 SKS setara dengan 45 jam kegiatan belajar per semester.","zh":"1 SKS = 每学期45小时学习活动。"}',
   'Permendikbudristek No. 53 of 2023 on Quality Assurance of Higher Education, Article 18: 1 SKS = 45 hours of learning activity per semester', '2023-08-18'),
  ('cn_credit', 1, null, null, null, null, '{}',
   '{"en":"Set by each institution; 16–18 contact hours per credit is common. The institution sets its workload hours per credit.","zh":"由各院校自行规定；常见为每学分16–18学时。院校设定每学分的学习量小时数。"}',
   'No national figure: each institution''s teaching regulations (16–18 class hours per credit is common practice)', '2000-01-01'),
  ('acts', 1, null, null, null, null, '{}',
   '{"en":"A per-institution factor: ACTS publishes no single hour figure; each university states its own conversion.","zh":"按院校系数：ACTS未公布统一小时数，由各大学自定换算。"}',
   'ASEAN University Network, ACTS: conversion stated by each member university (no single hour figure published)', '2010-01-01'),
  ('aims', 1, null, null, null, null, '{}',
   '{"en":"A per-institution factor: AIMS publishes no single hour figure; partners agree their conversion.","zh":"按院校系数：AIMS未公布统一小时数，由合作院校约定换算。"}',
   'SEAMEO RIHED, AIMS programme: credit transfer agreed between partner institutions (no single hour figure published)', '2010-01-01');
