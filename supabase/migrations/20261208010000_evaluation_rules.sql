-- The rules of evaluation's tables (20261208000000_evaluation.sql): helpers in private, one policy per operation,
-- column grants, a guard per table, and audit rows that never link an anonymous answer to a person.

-- ---------------------------------------------------------------- helpers
-- Who manages a form: the secretariat, its creator and the staff of its owner institution.
-- (Policies on a table pass the row's own columns to a *_row helper: a row being inserted is not yet visible to a
-- helper that looks it up by id, and INSERT … RETURNING checks the select policy on it.)
create or replace function private.can_manage_evaluation_form_row(inst uuid, creator uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or creator = (select auth.uid()) or private.is_staff_of(inst)
$$;
create or replace function private.can_manage_evaluation_form(form uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_forms f where f.id = form and private.can_manage_evaluation_form_row(f.institution_id, f.created_by))
$$;
-- Who manages an instance: whoever manages its form, and the organisers of the activity it is attached to.
create or replace function private.can_manage_evaluation_instance_row(form uuid, act uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.can_manage_evaluation_form(form) or (act is not null and private.can_manage_activity(act))
$$;
create or replace function private.can_manage_evaluation_instance(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_instances i where i.id = inst and private.can_manage_evaluation_instance_row(i.form_id, i.activity_id))
$$;
create or replace function private.is_invited_to_evaluation(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_invitations v where v.instance_id = inst and v.person_id = (select auth.uid()))
$$;
create or replace function private.can_read_evaluation_form(form uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.can_manage_evaluation_form(form) or exists (
    select 1 from public.evaluation_instances i join public.evaluation_invitations v on v.instance_id = i.id
    where i.form_id = form and v.person_id = (select auth.uid()))
$$;
-- A respondent reads the version they are invited to answer; managers read every version of their forms.
-- (Policies pass the row's own columns: a row being inserted is not yet visible to a helper that looks it up.)
create or replace function private.is_invited_to_version(ver uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_instances i join public.evaluation_invitations n on n.instance_id = i.id
                 where i.version_id = ver and n.person_id = (select auth.uid()))
$$;

-- When an instance is open. An explicit opens_at wins; otherwise "before" opens when it is made and closes when the first
-- session starts, "after" and "follow_up" open offset_days after the activity's last session ends (sessions may move, so
-- this is computed, not stored). Without an explicit closes_at an instance closes open_days after it opens.
create or replace function private.evaluation_window(inst uuid) returns table (opens_at timestamptz, closes_at timestamptz)
language sql stable security definer set search_path = '' as $$
  with o as (
    select i.*, coalesce(i.opens_at, case
      when i.target <> 'activity' or i.timing = 'before' then i.created_at
      else (select max(s.ends_at) from public.activity_sessions s where s.activity_id = i.activity_id and s.cancelled_at is null)
        + i.offset_days * interval '1 day' end) as opens,
      (select min(s.starts_at) from public.activity_sessions s where s.activity_id = i.activity_id and s.cancelled_at is null) as first_start
    from public.evaluation_instances i where i.id = inst)
  select o.opens, coalesce(o.closes_at,
    case when o.timing = 'before' and o.first_start > o.opens then o.first_start end,
    o.opens + o.open_days * interval '1 day')
  from o
$$;
create or replace function private.is_evaluation_open(inst uuid, at timestamptz default now()) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from private.evaluation_window(inst) w where w.opens_at <= at and at < w.closes_at)
$$;
-- A signed-in person answers an open, non-anonymous instance they are invited to (anonymous ones go through the service).
create or replace function private.may_respond_to_evaluation(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_instances i where i.id = inst and not i.anonymous)
    and private.is_invited_to_evaluation(inst) and private.is_evaluation_open(inst)
$$;
create or replace function private.can_read_evaluation_response(resp uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_responses r where r.id = resp
    and (r.person_id = (select auth.uid()) or private.can_manage_evaluation_instance(r.instance_id)))
$$;
-- The respondent edits their own answers until they submit, while the instance is open.
create or replace function private.can_edit_evaluation_response(resp uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_responses r where r.id = resp
    and r.person_id = (select auth.uid()) and r.submitted_at is null and private.is_evaluation_open(r.instance_id))
$$;
-- A finding is managed by whoever manages its instance, or (without one) its activity's organisers.
create or replace function private.can_manage_evaluation_finding_on(inst uuid, act uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select (inst is not null and private.can_manage_evaluation_instance(inst)) or (act is not null and private.can_manage_activity(act))
$$;
create or replace function private.can_manage_evaluation_finding(finding uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_findings f where f.id = finding
    and private.can_manage_evaluation_finding_on(f.instance_id, f.activity_id))
$$;
create or replace function private.owns_evaluation_action_of(finding uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_actions a where a.finding_id = finding and a.owner_id = (select auth.uid()))
$$;
-- For analytics: a breakdown of answers by institution is shown to that institution's staff and the secretariat only.
create or replace function private.can_see_institution_breakdown(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or private.is_staff_of(inst)
$$;
grant execute on function private.can_manage_evaluation_form_row(uuid, uuid), private.can_manage_evaluation_instance_row(uuid, uuid),
  private.can_manage_evaluation_form(uuid), private.can_manage_evaluation_instance(uuid),
  private.is_invited_to_evaluation(uuid), private.can_read_evaluation_form(uuid), private.is_invited_to_version(uuid),
  private.can_manage_evaluation_finding_on(uuid, uuid),
  private.evaluation_window(uuid), private.is_evaluation_open(uuid, timestamptz), private.may_respond_to_evaluation(uuid),
  private.can_read_evaluation_response(uuid), private.can_edit_evaluation_response(uuid), private.can_manage_evaluation_finding(uuid),
  private.owns_evaluation_action_of(uuid), private.can_see_institution_breakdown(uuid)
  to authenticated, service_role;

-- ---------------------------------------------------------------- policies and column grants
create policy evaluation_forms_select on public.evaluation_forms for select to authenticated
  using (private.can_manage_evaluation_form_row(institution_id, created_by) or private.can_read_evaluation_form(id));
create policy evaluation_forms_insert on public.evaluation_forms for insert to authenticated
  with check (created_by = (select auth.uid()) and ((select private.is_secretariat()) or private.is_staff_of(institution_id)));
create policy evaluation_forms_update on public.evaluation_forms for update to authenticated
  using (private.can_manage_evaluation_form_row(institution_id, created_by))
  with check (private.can_manage_evaluation_form_row(institution_id, created_by));
create policy evaluation_forms_delete on public.evaluation_forms for delete to authenticated
  using (private.can_manage_evaluation_form_row(institution_id, created_by));
revoke update on public.evaluation_forms from anon, authenticated;
grant update (title, purpose, level, updated_at) on public.evaluation_forms to authenticated;

create policy evaluation_form_versions_select on public.evaluation_form_versions for select to authenticated
  using (private.can_manage_evaluation_form(form_id) or private.is_invited_to_version(id));
create policy evaluation_form_versions_insert on public.evaluation_form_versions for insert to authenticated
  with check (private.can_manage_evaluation_form(form_id));
create policy evaluation_form_versions_update on public.evaluation_form_versions for update to authenticated
  using (private.can_manage_evaluation_form(form_id)) with check (private.can_manage_evaluation_form(form_id));
create policy evaluation_form_versions_delete on public.evaluation_form_versions for delete to authenticated
  using (private.can_manage_evaluation_form(form_id) and state = 'draft');
revoke update on public.evaluation_form_versions from anon, authenticated;
grant update (definition, state, updated_at) on public.evaluation_form_versions to authenticated;

create policy evaluation_instances_select on public.evaluation_instances for select to authenticated
  using (private.can_manage_evaluation_instance_row(form_id, activity_id) or private.is_invited_to_evaluation(id));
create policy evaluation_instances_insert on public.evaluation_instances for insert to authenticated
  with check (created_by = (select auth.uid()) and private.can_manage_evaluation_form(form_id)
    and (activity_id is null or private.can_manage_activity(activity_id)));
create policy evaluation_instances_update on public.evaluation_instances for update to authenticated
  using (private.can_manage_evaluation_instance_row(form_id, activity_id))
  with check (private.can_manage_evaluation_instance_row(form_id, activity_id));
create policy evaluation_instances_delete on public.evaluation_instances for delete to authenticated
  using (private.can_manage_evaluation_instance_row(form_id, activity_id));
revoke update on public.evaluation_instances from anon, authenticated;
grant update (anonymous, opens_at, closes_at, open_days, reminder_days, offset_days, updated_at) on public.evaluation_instances to authenticated;

create policy evaluation_recipients_select on public.evaluation_recipients for select to authenticated
  using (private.can_manage_evaluation_instance(instance_id));
create policy evaluation_recipients_insert on public.evaluation_recipients for insert to authenticated
  with check (private.can_manage_evaluation_instance(instance_id));
create policy evaluation_recipients_delete on public.evaluation_recipients for delete to authenticated
  using (private.can_manage_evaluation_instance(instance_id));
revoke update on public.evaluation_recipients from anon, authenticated;

create policy evaluation_invitations_select on public.evaluation_invitations for select to authenticated
  using (person_id = (select auth.uid()) or private.can_manage_evaluation_instance(instance_id));
-- No insert, update or delete for people: the invitation job invites and reminds.
revoke insert, update, delete on public.evaluation_invitations from anon, authenticated;

create policy evaluation_responses_select on public.evaluation_responses for select to authenticated
  using (person_id = (select auth.uid()) or private.can_manage_evaluation_instance(instance_id));
create policy evaluation_responses_insert on public.evaluation_responses for insert to authenticated
  with check (person_id = (select auth.uid()) and resume_hash is null and private.may_respond_to_evaluation(instance_id));
create policy evaluation_responses_update on public.evaluation_responses for update to authenticated
  using (person_id = (select auth.uid()) and submitted_at is null) with check (person_id = (select auth.uid()));
-- No delete policy: a response is not withdrawn (an erased account takes its responses with it).
revoke update, delete on public.evaluation_responses from anon, authenticated;
grant update (locale, submitted_at, updated_at) on public.evaluation_responses to authenticated;

create policy evaluation_answers_select on public.evaluation_answers for select to authenticated
  using (private.can_read_evaluation_response(response_id));
create policy evaluation_answers_insert on public.evaluation_answers for insert to authenticated
  with check (private.can_edit_evaluation_response(response_id));
create policy evaluation_answers_update on public.evaluation_answers for update to authenticated
  using (private.can_edit_evaluation_response(response_id)) with check (private.can_edit_evaluation_response(response_id));
create policy evaluation_answers_delete on public.evaluation_answers for delete to authenticated
  using (private.can_edit_evaluation_response(response_id));
revoke update on public.evaluation_answers from anon, authenticated;
grant update (row_id, option_id, number_value, text_value, date_value) on public.evaluation_answers to authenticated;

create policy evaluation_participation_select on public.evaluation_participation for select to authenticated
  using (person_id = (select auth.uid()) or private.can_manage_evaluation_instance(instance_id));
revoke insert, update, delete on public.evaluation_participation from anon, authenticated;

create policy evaluation_findings_select on public.evaluation_findings for select to authenticated
  using (private.can_manage_evaluation_finding_on(instance_id, activity_id) or private.owns_evaluation_action_of(id));
create policy evaluation_findings_insert on public.evaluation_findings for insert to authenticated
  with check (created_by = (select auth.uid()) and (
    (instance_id is not null and private.can_manage_evaluation_instance(instance_id))
    or (instance_id is null and private.can_manage_activity(activity_id))));
create policy evaluation_findings_update on public.evaluation_findings for update to authenticated
  using (private.can_manage_evaluation_finding_on(instance_id, activity_id))
  with check (private.can_manage_evaluation_finding_on(instance_id, activity_id));
create policy evaluation_findings_delete on public.evaluation_findings for delete to authenticated
  using (private.can_manage_evaluation_finding_on(instance_id, activity_id));
revoke update on public.evaluation_findings from anon, authenticated;
grant update (text, updated_at) on public.evaluation_findings to authenticated;

create policy evaluation_actions_select on public.evaluation_actions for select to authenticated
  using (owner_id = (select auth.uid()) or private.can_manage_evaluation_finding(finding_id));
create policy evaluation_actions_insert on public.evaluation_actions for insert to authenticated
  with check (created_by = (select auth.uid()) and private.can_manage_evaluation_finding(finding_id));
create policy evaluation_actions_update on public.evaluation_actions for update to authenticated
  using (owner_id = (select auth.uid()) or private.can_manage_evaluation_finding(finding_id))
  with check (owner_id = (select auth.uid()) or private.can_manage_evaluation_finding(finding_id));
create policy evaluation_actions_delete on public.evaluation_actions for delete to authenticated
  using (private.can_manage_evaluation_finding(finding_id));
revoke update on public.evaluation_actions from anon, authenticated;
grant update (title, due_on, status, owner_id, updated_at) on public.evaluation_actions to authenticated;

-- ---------------------------------------------------------------- guards
create or replace function private.guard_evaluation_form() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.institution_id is distinct from old.institution_id or new.created_by is distinct from old.created_by then
    raise exception 'a form keeps its institution and creator' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger evaluation_forms_guard before update on public.evaluation_forms
  for each row execute function private.guard_evaluation_form();

-- A published version never changes again, not even by the service: edits make a new version. Numbers are the database's.
create or replace function private.guard_evaluation_version() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    if old.state = 'published' and exists (select 1 from public.evaluation_forms f where f.id = old.form_id) then
      raise exception 'a published version is immutable' using errcode = '42501';
    end if;
    return old;
  end if;
  if tg_op = 'INSERT' then
    if new.state <> 'draft' then
      raise exception 'a version starts as a draft' using errcode = '23514';
    end if;
    new.published_at := null;
    new.version := coalesce((select max(v.version) from public.evaluation_form_versions v where v.form_id = new.form_id), 0) + 1;
    return new;
  end if;
  if old.state = 'published' then
    raise exception 'a published version is immutable; edits make a new version' using errcode = '42501';
  end if;
  if new.form_id is distinct from old.form_id or new.version is distinct from old.version then
    raise exception 'a version keeps its form and number' using errcode = '42501';
  end if;
  new.published_at := case when new.state = 'published' then now() end;
  return new;
end $$;
create trigger evaluation_form_versions_guard before insert or update or delete on public.evaluation_form_versions
  for each row execute function private.guard_evaluation_version();

create or replace function private.guard_evaluation_instance() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    if private.is_system() or not exists (select 1 from public.evaluation_responses r where r.instance_id = old.id)
      or (old.activity_id is not null and not exists (select 1 from public.activities a where a.id = old.activity_id))
      or (old.call_id is not null and not exists (select 1 from public.calls c where c.id = old.call_id)) then
      return old;
    end if;
    raise exception 'an instance with responses is kept' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and (new.form_id is distinct from old.form_id or new.version_id is distinct from old.version_id
    or new.target is distinct from old.target or new.activity_id is distinct from old.activity_id or new.call_id is distinct from old.call_id
    or new.timing is distinct from old.timing or new.created_by is distinct from old.created_by) then
    raise exception 'an instance keeps its form, version and target' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and new.anonymous is distinct from old.anonymous
    and exists (select 1 from public.evaluation_responses r where r.instance_id = old.id) then
    raise exception 'anonymity is fixed once answers exist' using errcode = '42501';
  end if;
  if tg_op = 'INSERT' and not exists (select 1 from public.evaluation_form_versions v
    where v.id = new.version_id and v.form_id = new.form_id and v.state = 'published') then
    raise exception 'an instance uses a published version of its form' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger evaluation_instances_guard before insert or update or delete on public.evaluation_instances
  for each row execute function private.guard_evaluation_instance();

-- Invitations and participation are the service's alone (a delete cascading from a parent is the parent's).
create or replace function private.guard_evaluation_service_row() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' and (not exists (select 1 from public.evaluation_instances i where i.id = old.instance_id)
    or not exists (select 1 from public.profiles p where p.id = old.person_id)) then
    return old;
  end if;
  if not private.is_system() then
    raise exception '% change only through the service', tg_table_name using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and (new.instance_id is distinct from old.instance_id or new.person_id is distinct from old.person_id) then
    raise exception 'a row keeps its instance and person' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
create trigger evaluation_invitations_guard before insert or update or delete on public.evaluation_invitations
  for each row execute function private.guard_evaluation_service_row();
create trigger evaluation_participation_guard before insert or update or delete on public.evaluation_participation
  for each row execute function private.guard_evaluation_service_row();

-- A response answers its instance's version; an anonymous instance's responses name nobody and are the service's;
-- a submitted response is final; submitting happens while the instance is open.
create or replace function private.guard_evaluation_response() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  inst public.evaluation_instances;
begin
  if tg_op = 'DELETE' then
    if private.is_system() or not exists (select 1 from public.evaluation_instances i where i.id = old.instance_id)
      or (old.person_id is not null and not exists (select 1 from public.profiles p where p.id = old.person_id)) then
      return old;
    end if;
    raise exception 'a response is not deleted' using errcode = '42501';
  end if;
  select * into inst from public.evaluation_instances i where i.id = new.instance_id;
  if tg_op = 'INSERT' then
    if new.version_id is distinct from inst.version_id then
      raise exception 'a response answers its instance''s version' using errcode = '23514';
    end if;
    if inst.anonymous and new.person_id is not null then
      raise exception 'an anonymous response names nobody' using errcode = '23514';
    end if;
    if not inst.anonymous and new.person_id is null then
      raise exception 'a response names its respondent' using errcode = '23514';
    end if;
    if new.person_id is null and not private.is_system() then
      raise exception 'anonymous responses are written by the service' using errcode = '42501';
    end if;
  else
    if new.instance_id is distinct from old.instance_id or new.version_id is distinct from old.version_id
      or new.person_id is distinct from old.person_id or new.resume_hash is distinct from old.resume_hash then
      raise exception 'a response keeps its instance, version and respondent' using errcode = '42501';
    end if;
    if old.submitted_at is not null then
      raise exception 'a submitted response is final' using errcode = '42501';
    end if;
  end if;
  if new.submitted_at is not null then
    if not private.is_evaluation_open(new.instance_id) then
      raise exception 'the evaluation is closed' using errcode = '23514';
    end if;
    new.submitted_at := now();
  end if;
  return new;
end $$;
create trigger evaluation_responses_guard before insert or update or delete on public.evaluation_responses
  for each row execute function private.guard_evaluation_response();

create or replace function private.guard_evaluation_answer() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  resp public.evaluation_responses;
begin
  if tg_op = 'UPDATE' and new.response_id is distinct from old.response_id then
    raise exception 'an answer keeps its response' using errcode = '42501';
  end if;
  select * into resp from public.evaluation_responses r where r.id = coalesce(new.response_id, old.response_id);
  if not found then return coalesce(new, old); end if;
  if resp.submitted_at is not null then
    raise exception 'a submitted response is final' using errcode = '42501';
  end if;
  if resp.person_id is null and not private.is_system() then
    raise exception 'anonymous answers are written by the service' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
create trigger evaluation_answers_guard before insert or update or delete on public.evaluation_answers
  for each row execute function private.guard_evaluation_answer();

create or replace function private.guard_evaluation_finding() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and (new.instance_id is distinct from old.instance_id or new.activity_id is distinct from old.activity_id
    or new.created_by is distinct from old.created_by) then
    raise exception 'a finding keeps what it is about' using errcode = '42501';
  end if;
  if tg_op = 'INSERT' and new.instance_id is not null then
    new.activity_id := (select i.activity_id from public.evaluation_instances i where i.id = new.instance_id);
  end if;
  return new;
end $$;
create trigger evaluation_findings_guard before insert or update on public.evaluation_findings
  for each row execute function private.guard_evaluation_finding();

-- An action's owner moves its status; its finding's managers change the rest; the overdue mark is the reminder job's.
create or replace function private.guard_evaluation_action() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    if not private.is_system() then new.overdue_reminded_at := null; end if;
    return new;
  end if;
  if new.finding_id is distinct from old.finding_id or new.created_by is distinct from old.created_by then
    raise exception 'an action keeps its finding' using errcode = '42501';
  end if;
  if not private.is_system() and not private.can_manage_evaluation_finding(old.finding_id)
    and (new.title is distinct from old.title or new.due_on is distinct from old.due_on or new.owner_id is distinct from old.owner_id) then
    raise exception 'an action''s owner changes its status only' using errcode = '42501';
  end if;
  if new.due_on is distinct from old.due_on then new.overdue_reminded_at := null; end if;
  return new;
end $$;
create trigger evaluation_actions_guard before insert or update on public.evaluation_actions
  for each row execute function private.guard_evaluation_action();

-- ---------------------------------------------------------------- audit
create trigger evaluation_forms_audit after insert or update or delete on public.evaluation_forms
  for each row execute function private.audit_row_change();
create trigger evaluation_form_versions_audit after insert or update or delete on public.evaluation_form_versions
  for each row execute function private.audit_row_change('definition');
create trigger evaluation_instances_audit after insert or update or delete on public.evaluation_instances
  for each row execute function private.audit_row_change();
create trigger evaluation_recipients_audit after insert or update or delete on public.evaluation_recipients
  for each row execute function private.audit_row_change();
create trigger evaluation_invitations_audit after insert or update or delete on public.evaluation_invitations
  for each row execute function private.audit_row_change('token_hash');
create trigger evaluation_findings_audit after insert or update or delete on public.evaluation_findings
  for each row execute function private.audit_row_change();
create trigger evaluation_actions_audit after insert or update or delete on public.evaluation_actions
  for each row execute function private.audit_row_change();

-- Responses: the actor is recorded for named responses only; an anonymous one's audit row names nobody.
create or replace function private.audit_evaluation_response() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'resume_hash' end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'resume_hash' end;
  anonymous boolean := coalesce(new_row, old_row) ->> 'person_id' is null;
begin
  if tg_op = 'UPDATE' and old_row = new_row then return null; end if;
  insert into public.audit_log (actor_id, action, entity, entity_id, before, after)
  values (case when anonymous then null else auth.uid() end, lower(tg_op), tg_table_name, coalesce(new_row, old_row) ->> 'id', old_row, new_row);
  return null;
end $$;
create trigger evaluation_responses_audit after insert or update or delete on public.evaluation_responses
  for each row execute function private.audit_evaluation_response();

-- Answers: one audit row per response and statement (how many rows changed), no values, no actor for anonymous ones.
create or replace function private.audit_evaluation_answers() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.audit_log (actor_id, action, entity, entity_id, after)
  select case when r.person_id is null then null else auth.uid() end, lower(tg_op), 'evaluation_answers', c.response_id::text,
    jsonb_build_object('rows', c.n)
  from (select changed.response_id, count(*) as n from changed group by changed.response_id) c
  left join public.evaluation_responses r on r.id = c.response_id;
  return null;
end $$;
create trigger evaluation_answers_audit_insert after insert on public.evaluation_answers
  referencing new table as changed for each statement execute function private.audit_evaluation_answers();
create trigger evaluation_answers_audit_update after update on public.evaluation_answers
  referencing new table as changed for each statement execute function private.audit_evaluation_answers();
create trigger evaluation_answers_audit_delete after delete on public.evaluation_answers
  referencing old table as changed for each statement execute function private.audit_evaluation_answers();

-- Participation: the log says that someone answered an instance, not who (the row itself says who, without a time).
create or replace function private.audit_evaluation_participation() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.audit_log (actor_id, action, entity, entity_id)
  values (null, lower(tg_op), tg_table_name, coalesce(new.instance_id, old.instance_id)::text);
  return null;
end $$;
create trigger evaluation_participation_audit after insert or update or delete on public.evaluation_participation
  for each row execute function private.audit_evaluation_participation();

revoke execute on function private.guard_evaluation_form(), private.guard_evaluation_version(), private.guard_evaluation_instance(),
  private.guard_evaluation_service_row(), private.guard_evaluation_response(), private.guard_evaluation_answer(),
  private.guard_evaluation_finding(), private.guard_evaluation_action(), private.audit_evaluation_response(),
  private.audit_evaluation_answers(), private.audit_evaluation_participation()
  from public, anon, authenticated;
