-- Data boundaries: the database holds every rule the API holds, because in Supabase mode signed-in
-- clients reach the tables directly.
--  1. Security-definer helpers move to schema `private`, which the API does not expose; policies call
--     the argument-free ones as `(select private.fn())` so they run once per statement.
--  2. One private.is_system(): the service is acting (role service_role, or the migrating owner).
--  3. The audit log keeps no values of sensitive columns; files and mail are read only by those they belong to.
--  4. Per table, which columns change, by whom, in which state: column grants + a guard trigger.

-- ================================================================ 1. the private schema
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

do $$
declare fn text;
begin
  foreach fn in array array[
    'has_role(public.member_role)', 'is_secretariat()', 'is_staff_of(uuid)', 'is_office_or_secretariat()',
    'shares_institution_with(uuid)', 'is_community_member()', 'is_body_member(uuid)', 'can_see_meeting(uuid)',
    'is_agreement_party_staff(uuid)', 'is_agreement_creator(uuid)', 'is_agreement_public(uuid)', 'can_manage_agreement(uuid)',
    'owns_file(uuid)', 'can_see_application(uuid)', 'is_applicant_of(uuid)', 'applicant_may_edit(uuid)',
    'can_manage_program(uuid)', 'is_program_host(uuid)',
    -- trigger functions: never called by a person
    'audit_row_change()', 'audit_private_change()', 'handle_new_user()', 'guard_application_score()',
    'guard_application_state()', 'guard_agreement_state()']
  loop
    execute format('alter function public.%s set schema private', fn);
  end loop;
end $$;

-- Bodies name their schema (search_path is empty), so they are written again against private.
create or replace function private.has_role(wanted public.member_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and m.role = wanted)
$$;
create or replace function private.is_secretariat() returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('secretariat')
$$;
create or replace function private.is_community_member() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()))
$$;
create or replace function private.can_see_meeting(meeting uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (
    select 1 from public.meetings mt where mt.id = meeting and private.is_body_member(mt.body_id)
  )
$$;
create or replace function private.is_agreement_party_staff(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.agreement_parties p
    where p.agreement_id = agreement and private.is_staff_of(p.institution_id)
  )
$$;
create or replace function private.can_manage_agreement(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or private.is_agreement_party_staff(agreement)
$$;
create or replace function private.can_see_application(app uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.applications a
    where a.id = app and (
      a.applicant_id = (select auth.uid())
      or private.is_staff_of(a.home_institution_id)
      or (private.is_staff_of(a.host_institution_id) and a.state not in ('draft', 'submitted', 'returned', 'home_rejected', 'withdrawn'))
    )
  )
$$;
create or replace function private.can_manage_program(program uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (
    select 1 from public.programs p where p.id = program and (private.is_staff_of(p.host_institution_id)
      or exists (select 1 from public.program_sending_institutions s where s.program_id = p.id and private.is_staff_of(s.institution_id)))
  )
$$;
create or replace function private.is_program_host(program uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (select 1 from public.programs p where p.id = program and private.is_staff_of(p.host_institution_id))
$$;

-- ================================================================ 2. one definition of "the service acts"
-- A person's request runs as role anon or authenticated (PostgREST and asUser alike set the role);
-- the service (asService, elevated) runs as service_role, migrations as the owner. Security-definer
-- functions change current_user but not the role setting, so this answers the same inside them.
create or replace function private.is_system() returns boolean
language sql stable set search_path = '' as $$
  select coalesce(nullif(current_setting('role', true), ''), 'none') not in ('anon', 'authenticated')
$$;

create or replace function private.guard_application_score() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.score is distinct from old.score and not private.is_system() and not private.is_staff_of(old.home_institution_id) then
    raise exception 'only the home office scores an application' using errcode = '42501';
  end if;
  return new;
end $$;

create or replace function private.guard_application_state() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.state is distinct from old.state and not private.is_system() and not exists (
    select 1 from public.application_transitions t
    where t.from_state = old.state and t.to_state = new.state and (
      (t.side = 'applicant' and old.applicant_id = (select auth.uid()))
      or (t.side = 'home' and private.is_staff_of(old.home_institution_id))
      or (t.side = 'host' and private.is_staff_of(old.host_institution_id)))
  ) then
    raise exception 'application % cannot go from % to % by this person', old.id, old.state, new.state using errcode = '42501';
  end if;
  return new;
end $$;

create or replace function private.guard_agreement_state() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.state is distinct from old.state and not private.is_system() and not exists (
    select 1 from public.agreement_party_transitions t where t.from_state = old.state and t.to_state = new.state
  ) then
    raise exception 'agreement % cannot go from % to % by a party', old.id, old.state, new.state using errcode = '42501';
  end if;
  return new;
end $$;

-- Policies may call the helpers; nobody calls trigger functions or is_system through the API.
revoke execute on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;
revoke execute on function private.audit_row_change(), private.audit_private_change(), private.handle_new_user(),
  private.guard_application_score(), private.guard_application_state(), private.guard_agreement_state()
  from anon, authenticated;

-- ================================================================ 3. what the audit log, files and mail show
-- The audit trigger takes the names of columns whose values it must not copy (TG_ARGV): the log says
-- that they changed, never what they hold, so it shows nobody what row-level security hides.
create or replace function private.audit_row_change() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  hidden text;
begin
  if tg_op = 'UPDATE' and old_row = new_row then return new; end if;
  foreach hidden in array coalesce(tg_argv, '{}'::text[]) loop
    if old_row ? hidden then old_row := jsonb_set(old_row, array[hidden], '"[redacted]"'); end if;
    if new_row ? hidden then new_row := jsonb_set(new_row, array[hidden], '"[redacted]"'); end if;
  end loop;
  insert into public.audit_log (actor_id, action, entity, entity_id, before, after)
  values (auth.uid(), lower(tg_op), tg_table_name, coalesce(new_row ->> 'id', old_row ->> 'id', new_row ->> 'application_id', old_row ->> 'application_id'), old_row, new_row);
  return coalesce(new, old);
end $$;

drop trigger applications_audit on public.applications;
create trigger applications_audit after insert or update or delete on public.applications
  for each row execute function private.audit_row_change('form');
drop trigger incidents_audit on public.incidents;
create trigger incidents_audit after insert or update or delete on public.incidents
  for each row execute function private.audit_row_change('description');
drop trigger incident_notes_audit on public.incident_notes;
create trigger incident_notes_audit after insert or update or delete on public.incident_notes
  for each row execute function private.audit_row_change('text');
drop trigger checklist_items_audit on public.checklist_items;
create trigger checklist_items_audit after insert or update or delete on public.checklist_items
  for each row execute function private.audit_row_change('note');
drop trigger files_audit on public.files;
create trigger files_audit after insert or update or delete on public.files
  for each row execute function private.audit_row_change('filename', 'storage_key');
-- Application events carry the reasons given at each step (possibly about health): audited by the
-- service path that writes them, and read through can_see_application only.

-- Files: the owner, and whoever reads the row that attaches a file (meeting, agreement, application,
-- checklist, logo). The secretariat no longer reads every file: only those its other rights reach.
drop policy files_select on public.files;
create policy files_select on public.files for select to authenticated
  using (owner_id = (select auth.uid()));

-- Mail: the recipient reads their own. The secretariat sees that mail went out (to whom, which kind,
-- when, delivered or not), never its subject or body, through a view of those columns only.
drop policy mail_outbox_select on public.mail_outbox;
create policy mail_outbox_select on public.mail_outbox for select to authenticated
  using (to_user_id = (select auth.uid()));
create view public.mail_deliveries with (security_barrier) as
  select m.id, m.to_email, m.to_user_id, m.locale, m.template, m.created_at, m.sent_at
  from public.mail_outbox m
  where (select private.is_secretariat());
revoke all on public.mail_deliveries from anon, authenticated;
grant select on public.mail_deliveries to authenticated;

-- ================================================================ 4. columns, people and states
-- Whatever the table, a person never changes who created a row, or which parent it hangs on.

-- ---------------------------------------------------------------- files used as pictures
-- A logo or an avatar is public (or widely seen): only a raster image its setter owns may become one.
create or replace function private.is_own_picture(file uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select file is null or exists (
    select 1 from public.files f where f.id = file and f.owner_id = (select auth.uid())
      and f.content_type in ('image/png', 'image/jpeg', 'image/webp'))
$$;
create or replace function private.guard_picture() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  -- tg_argv[0] names the column: logo_file_id or avatar_file_id.
  changed uuid := (to_jsonb(new) ->> tg_argv[0])::uuid;
  previous uuid := case when tg_op = 'UPDATE' then (to_jsonb(old) ->> tg_argv[0])::uuid end;
begin
  if changed is distinct from previous and not private.is_system() and not private.is_own_picture(changed) then
    raise exception 'only a raster image you uploaded can be shown as a picture' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger institutions_logo_guard before insert or update on public.institutions
  for each row execute function private.guard_picture('logo_file_id');
create trigger profiles_avatar_guard before update on public.profiles
  for each row execute function private.guard_picture('avatar_file_id');

-- ---------------------------------------------------------------- agreements
-- The copies of the current version (title, dates, renewal) and the version counter move only with a
-- new version, which the service writes after its checks; a party changes the state by the table only.
revoke update on public.agreements from anon, authenticated;
grant update (state, state_reason, state_changed_at, updated_at) on public.agreements to authenticated;
drop policy agreements_insert on public.agreements;
create policy agreements_insert on public.agreements for insert to authenticated
  with check (created_by = (select auth.uid()) and state = 'draft' and current_version = 1
    and ((select private.has_role('partner_staff')) or (select private.has_role('office_staff')) or (select private.is_secretariat()))
    and (renewed_from is null or private.can_manage_agreement(renewed_from)));

-- Versions are written by the service only (it checks who may edit, in which state, from which version).
revoke insert, update, delete on public.agreement_versions from anon, authenticated;

-- Parties: named while the agreement is a draft or negotiated; a party's row is changed by its own
-- staff or the secretariat; the contact must belong to that party's institution.
revoke update on public.agreement_parties from anon, authenticated;
grant update (signatory_name, signatory_title, contact_user_id) on public.agreement_parties to authenticated;
create or replace function private.guard_agreement_party() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  row_ public.agreement_parties := coalesce(new, old);
begin
  if tg_op <> 'DELETE' and new.contact_user_id is not null and not exists (
    select 1 from public.memberships m where m.user_id = new.contact_user_id and m.institution_id = new.institution_id
  ) then
    raise exception 'the contact must belong to the party''s institution' using errcode = '23514';
  end if;
  if private.is_system() then return coalesce(new, old); end if;
  if not exists (select 1 from public.agreements a where a.id = row_.agreement_id and a.state in ('draft', 'in_negotiation')) then
    raise exception 'parties change only while the agreement is negotiated' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and not (private.is_staff_of(old.institution_id) or private.is_secretariat()) then
    raise exception 'a party''s details are changed by its own staff' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
-- Contacts named before this rule who do not belong to their party's institution are no longer named.
update public.agreement_parties p set contact_user_id = null
where p.contact_user_id is not null and not exists (
  select 1 from public.memberships m where m.user_id = p.contact_user_id and m.institution_id = p.institution_id);
create trigger agreement_parties_guard before insert or update or delete on public.agreement_parties
  for each row execute function private.guard_agreement_party();

-- Approvals and signatures: of the current version, with its content hash, in the state that asks for them.
-- Voiding approvals (after an edit or a reopening) is the service's work.
revoke update on public.agreement_approvals from anon, authenticated;
create or replace function private.guard_agreement_consent() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  wanted public.agreement_state := case tg_table_name when 'agreement_approvals' then 'in_negotiation' else 'awaiting_signatures' end;
begin
  if private.is_system() then return new; end if;
  if not exists (
    select 1 from public.agreements a join public.agreement_versions v on v.agreement_id = a.id and v.number = a.current_version
    where a.id = new.agreement_id and a.state = wanted and v.number = new.version_number and v.content_hash = new.content_hash
  ) then
    raise exception 'only the current version can be approved or signed, in its state' using errcode = '42501';
  end if;
  if to_jsonb(new) ->> 'voided_at' is not null then
    raise exception 'an approval is given, not given void' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger agreement_approvals_guard before insert on public.agreement_approvals
  for each row execute function private.guard_agreement_consent();
create trigger agreement_signatures_guard before insert on public.agreement_signatures
  for each row execute function private.guard_agreement_consent();

-- Quota usage is what nominations took: written and given back by the service only.
revoke insert, update, delete on public.agreement_quota_usage from anon, authenticated;

-- ---------------------------------------------------------------- mobility: programs, calls, places
revoke update on public.programs from anon, authenticated;
grant update (type, title, description, starts_on, ends_on, places, eligibility, required_documents, costs, funding, checklist, updated_at)
  on public.programs to authenticated;
revoke update on public.calls from anon, authenticated;
grant update (title, opens_at, closes_at, time_zone, updated_at) on public.calls to authenticated;
revoke update on public.call_places from anon, authenticated;
grant update (places) on public.call_places to authenticated;

-- Places of one academic year, over all of a program's calls, never exceed the program's places; under
-- an agreement, a sending institution's places in a year never exceed what the condition offers it then.
-- A sending office opens places for itself only; the host and the secretariat for any sending institution.
create or replace function private.guard_call_places() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c record;
  total integer;
  offered integer;
begin
  select cl.academic_year, p.id as program_id, p.places as program_places, p.host_institution_id, p.agreement_id, p.condition_id
    into c from public.calls cl join public.programs p on p.id = cl.program_id where cl.id = new.call_id;
  if not exists (select 1 from public.program_sending_institutions s where s.program_id = c.program_id and s.institution_id = new.sending_institution_id) then
    raise exception 'places go to the program''s sending institutions' using errcode = '23514';
  end if;
  if not private.is_system() and not private.is_staff_of(c.host_institution_id) and not private.is_secretariat()
    and not private.is_staff_of(new.sending_institution_id) then
    raise exception 'a sending office opens places for itself only' using errcode = '42501';
  end if;
  select coalesce(sum(cp.places), 0) into total from public.call_places cp join public.calls cl on cl.id = cp.call_id
    where cl.program_id = c.program_id and cl.academic_year = c.academic_year
      and not (cp.call_id = new.call_id and cp.sending_institution_id = new.sending_institution_id);
  if total + new.places > c.program_places then
    raise exception 'places beyond the program''s % places', c.program_places using errcode = '23514';
  end if;
  if c.agreement_id is not null and c.condition_id is not null then
    -- As the service checks it: no more than the condition still offers this year (offered less used).
    offered := private.quota_offered(c.agreement_id, c.condition_id, new.sending_institution_id, c.academic_year)
      - (select coalesce(sum(u.places), 0) from public.agreement_quota_usage u
         where u.agreement_id = c.agreement_id and u.condition_id = c.condition_id and u.academic_year = c.academic_year);
    if new.places > offered then
      raise exception 'places beyond the % left in the agreement''s quota', greatest(offered, 0) using errcode = '23514';
    end if;
  end if;
  return new;
end $$;

-- Places a condition of the agreement's current terms offers a sending institution in an academic year
-- (September–August), as quotasOf computes them: none outside the agreement's term.
create or replace function private.quota_offered(agreement uuid, condition text, sending uuid, academic_year text) returns integer
language sql stable security definer set search_path = '' as $$
  select coalesce((
    select (cond ->> 'placesPerYear')::integer
    from public.agreements a
    join public.agreement_versions v on v.agreement_id = a.id and v.number = a.current_version
    cross join lateral jsonb_array_elements(v.content -> 'conditions') cond
    where a.id = agreement
      and cond ->> 'id' = condition and (cond ->> 'sendingInstitutionId')::uuid = sending
      and (v.content ->> 'startsOn')::date <= make_date(split_part(academic_year, '/', 2)::integer, 8, 31)
      and (v.content ->> 'endsOn')::date >= make_date(split_part(academic_year, '/', 1)::integer, 9, 1)
  ), 0)
$$;
revoke execute on function private.quota_offered(uuid, text, uuid, text) from anon, authenticated, public;
revoke execute on function private.guard_call_places(), private.guard_picture(), private.guard_agreement_party(),
  private.guard_agreement_consent() from anon, authenticated, public;
create trigger call_places_guard before insert or update on public.call_places
  for each row execute function private.guard_call_places();

-- ---------------------------------------------------------------- mobility: applications
-- A draft is for a call's program host, from one of its sending institutions. The form and the
-- submission time are the applicant's, only while the form is open; the history is the service's.
create or replace function private.guard_application() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if private.is_system() then return new; end if;
  if tg_op = 'INSERT' then
    if new.revision <> 1 or new.submitted_at is not null or not exists (
      select 1 from public.calls c join public.programs p on p.id = c.program_id
        join public.program_sending_institutions s on s.program_id = p.id
      where c.id = new.call_id and p.host_institution_id = new.host_institution_id and s.institution_id = new.home_institution_id
    ) then
      raise exception 'an application goes from a sending institution to the call''s host, as a fresh draft' using errcode = '42501';
    end if;
    return new;
  end if;
  if (new.form is distinct from old.form or new.submitted_at is distinct from old.submitted_at)
    and not (old.applicant_id = (select auth.uid()) and old.state in ('draft', 'returned')) then
    raise exception 'the form changes only by its applicant while it is open' using errcode = '42501';
  end if;
  if new.revision < old.revision then
    raise exception 'a revision never goes back' using errcode = '42501';
  end if;
  return new;
end $$;
revoke execute on function private.guard_application() from anon, authenticated, public;
create trigger applications_guard before insert or update on public.applications
  for each row execute function private.guard_application();

-- Passport data is added and changed only while the form is open.
drop policy application_private_insert on public.application_private;
create policy application_private_insert on public.application_private for insert to authenticated
  with check (private.applicant_may_edit(application_id));

-- Each step's record (who, when, which step, why) is written by the service as it takes the step.
revoke insert, update, delete on public.application_events from anon, authenticated;

-- Checklist: a file attached to an item must be the attacher's own; the item's key and application stay.
revoke update on public.checklist_items from anon, authenticated;
grant update (status, file_id, note, updated_by, updated_at) on public.checklist_items to authenticated;
create or replace function private.guard_checklist_file() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.file_id is not null and new.file_id is distinct from old.file_id and not private.is_system()
    and not private.owns_file(new.file_id) then
    raise exception 'only your own file can be attached' using errcode = '42501';
  end if;
  return new;
end $$;
revoke execute on function private.guard_checklist_file() from anon, authenticated, public;
create trigger checklist_items_file_guard before update on public.checklist_items
  for each row execute function private.guard_checklist_file();

-- ---------------------------------------------------------------- governance
revoke update on public.meetings from anon, authenticated;
grant update (title, starts_at, time_zone, duration_minutes, location, agenda, minutes, updated_at) on public.meetings to authenticated;
revoke update on public.meeting_decisions from anon, authenticated;
grant update (text, status, owner_id, due_on, updated_at) on public.meeting_decisions to authenticated;
revoke update on public.body_members from anon, authenticated;
grant update (position, term_start, term_end) on public.body_members to authenticated;
revoke update on public.join_requests from anon, authenticated;
grant update (status, decided_by, decided_at, decision_reason, institution_id) on public.join_requests to authenticated;
revoke update on public.memberships from anon, authenticated;
grant update (role) on public.memberships to authenticated;

-- ================================================================ 1b. policies call helpers once per statement
-- Every policy that calls an argument-free helper (or has_role with a constant) gets it wrapped in a
-- scalar subquery, which Postgres evaluates once per statement instead of once per row.
do $$
declare
  p record;
  q text;
  c text;
  -- Not already wrapped (preceded by "SELECT "), not part of a longer name.
  bare constant text := '(?<!SELECT )(?<![A-Za-z_.])private\.(is_secretariat|is_community_member|is_office_or_secretariat)\(\)';
  role_ constant text := '(?<!SELECT )(?<![A-Za-z_.])private\.has_role\(''([a-z_]+)''::(public\.)?member_role\)';
begin
  for p in select schemaname, tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' loop
    q := regexp_replace(regexp_replace(p.qual, bare, '(SELECT private.\1())', 'g'), role_, '(SELECT private.has_role(''\1''::public.member_role))', 'g');
    c := regexp_replace(regexp_replace(p.with_check, bare, '(SELECT private.\1())', 'g'), role_, '(SELECT private.has_role(''\1''::public.member_role))', 'g');
    if q is distinct from p.qual or c is distinct from p.with_check then
      execute format('alter policy %I on %I.%I %s %s', p.policyname, p.schemaname, p.tablename,
        case when q is not null then format('using (%s)', q) else '' end,
        case when c is not null then format('with check (%s)', c) else '' end);
    end if;
  end loop;
end $$;
