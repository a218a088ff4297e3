-- Student and teacher mobility: programs (optionally under an agreement's cooperation condition),
-- calls with places per sending institution, applications with one lifecycle
-- (shared/mobility/lifecycle.ts), private passport data, documents and the history of every step.

create type public.program_type as enum
  ('semester_exchange', 'short_term_study', 'traineeship', 'joint_programme', 'teacher_teaching', 'staff_training', 'conference');
create type public.application_state as enum
  ('draft', 'submitted', 'returned', 'home_rejected', 'nominated', 'info_requested', 'host_rejected',
   'accepted', 'confirmed', 'declined', 'in_mobility', 'completed', 'withdrawn');

-- ---------------------------------------------------------------- programs and calls
create table public.programs (
  id uuid primary key default gen_random_uuid(),
  type public.program_type not null,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  description jsonb not null default '{}' check (public.is_locale_map(description)),
  host_institution_id uuid not null references public.institutions (id),
  agreement_id uuid references public.agreements (id) on delete set null,
  condition_id text check (condition_id is null or char_length(condition_id) <= 64),
  starts_on date not null,
  ends_on date not null check (ends_on >= starts_on),
  places integer not null check (places between 0 and 10000),
  -- { levels: [...], iscedCodes: [...], language, languageLevel } — validated by the service's schema.
  eligibility jsonb not null default '{}' check (jsonb_typeof(eligibility) = 'object'),
  -- [{ key, required, instructions: { <locale>: text } }]
  required_documents jsonb not null default '[]' check (jsonb_typeof(required_documents) = 'array'),
  costs jsonb not null default '{}' check (public.is_locale_map(costs)),
  funding jsonb not null default '{}' check (public.is_locale_map(funding)),
  -- Pre-departure checklist: [{ key, required }], keys from shared/mobility/vocabulary.ts.
  checklist jsonb not null default '[{"key":"insurance","required":true},{"key":"visa","required":true},{"key":"accommodation","required":true},{"key":"safety_briefing","required":true},{"key":"emergency_contacts","required":true}]'
    check (jsonb_typeof(checklist) = 'array'),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.programs enable row level security;
create trigger programs_audit after insert or update or delete on public.programs
  for each row execute function public.audit_row_change();
create index programs_host_idx on public.programs (host_institution_id);

create table public.program_sending_institutions (
  program_id uuid not null references public.programs (id) on delete cascade,
  institution_id uuid not null references public.institutions (id),
  primary key (program_id, institution_id)
);
alter table public.program_sending_institutions enable row level security;
create trigger program_sending_institutions_audit after insert or update or delete on public.program_sending_institutions
  for each row execute function public.audit_row_change();

create table public.calls (
  id uuid primary key default gen_random_uuid(),
  program_id uuid not null references public.programs (id) on delete cascade,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  opens_at timestamptz not null,
  closes_at timestamptz not null check (closes_at > opens_at),
  time_zone text not null check (char_length(time_zone) between 1 and 64),
  academic_year text not null check (academic_year ~ '^[0-9]{4}/[0-9]{4}$'),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.calls enable row level security;
create trigger calls_audit after insert or update or delete on public.calls
  for each row execute function public.audit_row_change();
create index calls_program_idx on public.calls (program_id);

-- Places a sending institution may nominate to, taken from the agreement's quota when there is one.
create table public.call_places (
  call_id uuid not null references public.calls (id) on delete cascade,
  sending_institution_id uuid not null references public.institutions (id),
  places integer not null check (places between 0 and 10000),
  primary key (call_id, sending_institution_id)
);
alter table public.call_places enable row level security;
create trigger call_places_audit after insert or update or delete on public.call_places
  for each row execute function public.audit_row_change();

-- ---------------------------------------------------------------- applications
create table public.applications (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references public.calls (id),
  applicant_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  home_institution_id uuid not null references public.institutions (id),
  host_institution_id uuid not null references public.institutions (id),
  state public.application_state not null default 'draft',
  -- Raised by every change: a step taken on an older revision is refused (409), never overwrites.
  revision integer not null default 1 check (revision >= 1),
  form jsonb not null default '{}' check (jsonb_typeof(form) = 'object'),
  score numeric(6, 2) check (score is null or score between 0 and 1000),
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (call_id, applicant_id)
);
alter table public.applications enable row level security;
create trigger applications_audit after insert or update or delete on public.applications
  for each row execute function public.audit_row_change();
create index applications_home_idx on public.applications (home_institution_id, state);
create index applications_host_idx on public.applications (host_institution_id, state);
create index applications_call_idx on public.applications (call_id, state);

-- Who sees an application: the applicant; the home office; the host office once it is nominated.
create or replace function public.can_see_application(app uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.applications a
    where a.id = app and (
      a.applicant_id = (select auth.uid())
      or public.is_staff_of(a.home_institution_id)
      or (public.is_staff_of(a.host_institution_id) and a.state not in ('draft', 'submitted', 'returned', 'home_rejected', 'withdrawn'))
    )
  )
$$;
create or replace function public.is_applicant_of(app uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.applications a where a.id = app and a.applicant_id = (select auth.uid()))
$$;
-- The applicant changes passport data and documents only while the form is open (draft, returned).
create or replace function public.applicant_may_edit(app uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.applications a where a.id = app and a.applicant_id = (select auth.uid()) and a.state in ('draft', 'returned'))
$$;

-- Passport data apart from the form: only the applicant and the two offices ever read it.
create table public.application_private (
  application_id uuid primary key references public.applications (id) on delete cascade,
  passport_number text check (passport_number is null or char_length(passport_number) between 3 and 30),
  passport_expiry date,
  nationality char(2) check (nationality is null or nationality ~ '^[A-Z]{2}$'),
  updated_at timestamptz not null default now()
);
alter table public.application_private enable row level security;
-- Audited without the values: the log says that passport data changed, not what it is.
create or replace function public.audit_private_change() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.audit_log (actor_id, action, entity, entity_id, before, after)
  values (auth.uid(), lower(tg_op), tg_table_name, coalesce(new.application_id, old.application_id)::text, null, null);
  return coalesce(new, old);
end $$;
create trigger application_private_audit after insert or update or delete on public.application_private
  for each row execute function public.audit_private_change();

create table public.application_documents (
  application_id uuid not null references public.applications (id) on delete cascade,
  document_key text not null check (document_key ~ '^[a-z0-9_]{1,40}$'),
  file_id uuid not null references public.files (id),
  added_at timestamptz not null default now(),
  primary key (application_id, document_key)
);
alter table public.application_documents enable row level security;
create trigger application_documents_audit after insert or update or delete on public.application_documents
  for each row execute function public.audit_row_change();

create table public.application_events (
  id bigint generated always as identity primary key,
  application_id uuid not null references public.applications (id) on delete cascade,
  action text not null,
  from_state public.application_state,
  to_state public.application_state not null,
  actor_id uuid default auth.uid() references public.profiles (id) on delete set null,
  text text check (text is null or char_length(text) <= 5000),
  at timestamptz not null default now()
);
alter table public.application_events enable row level security;
create index application_events_app_idx on public.application_events (application_id, at);

-- ---------------------------------------------------------------- policies
-- Programs and calls are public, like the pages that announce them; their hosts (and sending
-- institutions, for calls) and the secretariat manage them.
create policy programs_select on public.programs for select to anon, authenticated using (true);
create policy programs_insert on public.programs for insert to authenticated
  with check (created_by = (select auth.uid()) and (public.is_staff_of(host_institution_id) or public.is_secretariat()));
create policy programs_update on public.programs for update to authenticated
  using (public.is_staff_of(host_institution_id) or public.is_secretariat())
  with check (public.is_staff_of(host_institution_id) or public.is_secretariat());

create or replace function public.can_manage_program(program uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_secretariat() or exists (
    select 1 from public.programs p where p.id = program and (public.is_staff_of(p.host_institution_id)
      or exists (select 1 from public.program_sending_institutions s where s.program_id = p.id and public.is_staff_of(s.institution_id)))
  )
$$;
create or replace function public.is_program_host(program uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_secretariat() or exists (select 1 from public.programs p where p.id = program and public.is_staff_of(p.host_institution_id))
$$;

create policy program_sending_select on public.program_sending_institutions for select to anon, authenticated using (true);
create policy program_sending_insert on public.program_sending_institutions for insert to authenticated
  with check (public.is_program_host(program_id));
create policy program_sending_delete on public.program_sending_institutions for delete to authenticated
  using (public.is_program_host(program_id));

create policy calls_select on public.calls for select to anon, authenticated using (true);
create policy calls_insert on public.calls for insert to authenticated
  with check (created_by = (select auth.uid()) and public.can_manage_program(program_id));
create policy calls_update on public.calls for update to authenticated
  using (public.can_manage_program(program_id)) with check (public.can_manage_program(program_id));

create policy call_places_select on public.call_places for select to anon, authenticated using (true);
create policy call_places_insert on public.call_places for insert to authenticated
  with check (exists (select 1 from public.calls c where c.id = call_id and public.can_manage_program(c.program_id)));
create policy call_places_update on public.call_places for update to authenticated
  using (exists (select 1 from public.calls c where c.id = call_id and public.can_manage_program(c.program_id)))
  with check (exists (select 1 from public.calls c where c.id = call_id and public.can_manage_program(c.program_id)));

-- Applications: a person applies for themself, from an institution they belong to.
create policy applications_select on public.applications for select to authenticated
  using (applicant_id = (select auth.uid()) or public.is_staff_of(home_institution_id)
    or (public.is_staff_of(host_institution_id) and state not in ('draft', 'submitted', 'returned', 'home_rejected', 'withdrawn')));
create policy applications_insert on public.applications for insert to authenticated
  with check (applicant_id = (select auth.uid()) and state = 'draft' and score is null
    and exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and m.institution_id = home_institution_id));
create policy applications_update on public.applications for update to authenticated
  using (applicant_id = (select auth.uid()) or public.is_staff_of(home_institution_id)
    or (public.is_staff_of(host_institution_id) and state not in ('draft', 'submitted', 'returned', 'home_rejected', 'withdrawn')))
  with check (applicant_id = (select auth.uid()) or public.is_staff_of(home_institution_id) or public.is_staff_of(host_institution_id));
create policy applications_delete on public.applications for delete to authenticated
  using (applicant_id = (select auth.uid()) and state = 'draft');
-- The applicant cannot score their own application; only the home office ranks.
revoke update on public.applications from anon, authenticated;
grant update (state, revision, form, submitted_at, updated_at, score) on public.applications to authenticated;
create or replace function public.guard_application_score() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.score is distinct from old.score and not public.is_staff_of(old.home_institution_id) and auth.role() <> 'service_role' then
    raise exception 'only the home office scores an application' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger applications_score_guard before update on public.applications
  for each row execute function public.guard_application_score();

create policy application_private_select on public.application_private for select to authenticated
  using (public.can_see_application(application_id));
create policy application_private_insert on public.application_private for insert to authenticated
  with check (public.is_applicant_of(application_id));
create policy application_private_update on public.application_private for update to authenticated
  using (public.applicant_may_edit(application_id)) with check (public.applicant_may_edit(application_id));

create policy application_documents_select on public.application_documents for select to authenticated
  using (public.can_see_application(application_id));
create policy application_documents_insert on public.application_documents for insert to authenticated
  with check (public.applicant_may_edit(application_id) and public.owns_file(file_id));
create policy application_documents_update on public.application_documents for update to authenticated
  using (public.applicant_may_edit(application_id)) with check (public.applicant_may_edit(application_id) and public.owns_file(file_id));
create policy application_documents_delete on public.application_documents for delete to authenticated
  using (public.applicant_may_edit(application_id));

create policy application_events_select on public.application_events for select to authenticated
  using (public.can_see_application(application_id));
create policy application_events_insert on public.application_events for insert to authenticated
  with check (actor_id = (select auth.uid()) and public.can_see_application(application_id));
revoke update, delete on public.application_events from anon, authenticated;

-- Documents of an application are readable by whoever sees the application.
create policy files_select_application on public.files for select to authenticated
  using (exists (select 1 from public.application_documents d where d.file_id = files.id));

-- ---------------------------------------------------------------- the lifecycle, in the database too
-- A copy of shared/mobility/lifecycle.ts (a db test keeps the two equal), so that no session, not even
-- one talking to Postgres directly, can move an application along a step the table does not allow.
create table public.application_transitions (
  action text not null,
  from_state public.application_state not null,
  to_state public.application_state not null,
  side text not null check (side in ('applicant', 'home', 'host')),
  primary key (action, from_state, side)
);
alter table public.application_transitions enable row level security;
create policy application_transitions_select on public.application_transitions for select to anon, authenticated using (true);
revoke insert, update, delete on public.application_transitions from anon, authenticated;
insert into public.application_transitions (action, from_state, to_state, side) values
  ('submit', 'draft', 'submitted', 'applicant'),
  ('submit', 'returned', 'submitted', 'applicant'),
  ('return_for_changes', 'submitted', 'returned', 'home'),
  ('reject_home', 'submitted', 'home_rejected', 'home'),
  ('nominate', 'submitted', 'nominated', 'home'),
  ('request_info', 'nominated', 'info_requested', 'host'),
  ('answer_info', 'info_requested', 'nominated', 'applicant'),
  ('accept', 'nominated', 'accepted', 'host'),
  ('reject_host', 'nominated', 'host_rejected', 'host'),
  ('reject_host', 'info_requested', 'host_rejected', 'host'),
  ('confirm', 'accepted', 'confirmed', 'applicant'),
  ('decline', 'accepted', 'declined', 'applicant'),
  ('depart', 'confirmed', 'in_mobility', 'home'),
  ('depart', 'confirmed', 'in_mobility', 'host'),
  ('complete', 'in_mobility', 'completed', 'home'),
  ('complete', 'in_mobility', 'completed', 'host'),
  ('withdraw', 'draft', 'withdrawn', 'applicant'),
  ('withdraw', 'submitted', 'withdrawn', 'applicant'),
  ('withdraw', 'returned', 'withdrawn', 'applicant'),
  ('withdraw', 'nominated', 'withdrawn', 'applicant'),
  ('withdraw', 'info_requested', 'withdrawn', 'applicant'),
  ('withdraw', 'accepted', 'withdrawn', 'applicant'),
  ('withdraw', 'confirmed', 'withdrawn', 'applicant');

create or replace function public.guard_application_state() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.state is distinct from old.state and coalesce(auth.role(), '') <> 'service_role' and not exists (
    select 1 from public.application_transitions t
    where t.from_state = old.state and t.to_state = new.state and (
      (t.side = 'applicant' and old.applicant_id = (select auth.uid()))
      or (t.side = 'home' and public.is_staff_of(old.home_institution_id))
      or (t.side = 'host' and public.is_staff_of(old.host_institution_id)))
  ) then
    raise exception 'application % cannot go from % to % by this person', old.id, old.state, new.state using errcode = '42501';
  end if;
  return new;
end $$;
create trigger applications_state_guard before update on public.applications
  for each row execute function public.guard_application_state();

-- ---------------------------------------------------------------- safety of exchanges
create type public.checklist_status as enum ('pending', 'done', 'not_needed');
create type public.incident_type as enum ('health', 'accident', 'security', 'legal', 'lost_documents', 'natural_disaster', 'other');
create type public.incident_severity as enum ('low', 'medium', 'high', 'critical');

create table public.checklist_items (
  application_id uuid not null references public.applications (id) on delete cascade,
  item_key text not null check (item_key ~ '^[a-z_]{1,40}$'),
  status public.checklist_status not null default 'pending',
  file_id uuid references public.files (id) on delete set null,
  note text check (note is null or char_length(note) <= 2000),
  updated_by uuid default auth.uid() references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (application_id, item_key)
);
alter table public.checklist_items enable row level security;
create trigger checklist_items_audit after insert or update or delete on public.checklist_items
  for each row execute function public.audit_row_change();

create table public.incidents (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null references public.applications (id) on delete cascade,
  type public.incident_type not null,
  severity public.incident_severity not null,
  description text not null check (char_length(description) between 1 and 10000),
  occurred_at timestamptz not null,
  time_zone text not null check (char_length(time_zone) between 1 and 64),
  reported_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now()
);
alter table public.incidents enable row level security;
create trigger incidents_audit after insert or update or delete on public.incidents
  for each row execute function public.audit_row_change();
create index incidents_application_idx on public.incidents (application_id, occurred_at desc);

create table public.incident_notes (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null references public.incidents (id) on delete cascade,
  text text not null check (char_length(text) between 1 and 5000),
  author_id uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now()
);
alter table public.incident_notes enable row level security;
create trigger incident_notes_audit after insert or update or delete on public.incident_notes
  for each row execute function public.audit_row_change();

-- The applicant and both offices keep the checklist; incidents are seen by all three at once.
create policy checklist_items_select on public.checklist_items for select to authenticated
  using (public.can_see_application(application_id));
create policy checklist_items_insert on public.checklist_items for insert to authenticated
  with check (updated_by = (select auth.uid()) and public.can_see_application(application_id) and public.owns_file(file_id));
create policy checklist_items_update on public.checklist_items for update to authenticated
  using (public.can_see_application(application_id))
  with check (updated_by = (select auth.uid()) and public.can_see_application(application_id));

create policy incidents_select on public.incidents for select to authenticated
  using (public.can_see_application(application_id));
create policy incidents_insert on public.incidents for insert to authenticated
  with check (reported_by = (select auth.uid()) and public.can_see_application(application_id));
revoke update, delete on public.incidents from anon, authenticated;

create policy incident_notes_select on public.incident_notes for select to authenticated
  using (exists (select 1 from public.incidents i where i.id = incident_id));
create policy incident_notes_insert on public.incident_notes for insert to authenticated
  with check (author_id = (select auth.uid()) and exists (select 1 from public.incidents i where i.id = incident_id));
revoke update, delete on public.incident_notes from anon, authenticated;

create policy files_select_checklist on public.files for select to authenticated
  using (exists (select 1 from public.checklist_items c where c.file_id = files.id));
