-- The improvement loop across runs of an activity (issue 16): an activity names the run it repeats, so the next run's
-- evaluation is compared with the earlier one's, beside the findings and actions recorded in between. The executive
-- committee reads the findings and actions of the activities made from the annual plan (the annual report shows them).

-- ---------------------------------------------------------------- the run an activity repeats
-- Set when the next run is made (no column grant for update: a run does not change which run it repeats); the row's
-- own RLS (activities_*) covers it, the activities audit trigger records it.
alter table public.activities add column previous_run_id uuid references public.activities (id) on delete set null;
create index activities_previous_run_idx on public.activities (previous_run_id) where previous_run_id is not null;

-- The earlier run is one the person runs (its organisers' staff, its creator or the secretariat); it is not the row itself.
create or replace function private.guard_activity_previous_run() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.previous_run_id is null or private.is_system() then return new; end if;
  if tg_op = 'UPDATE' and new.previous_run_id is not distinct from old.previous_run_id then return new; end if;
  if tg_op = 'UPDATE' then
    raise exception 'an activity keeps the run it repeats' using errcode = '42501';
  end if;
  if new.previous_run_id = new.id or not private.can_manage_activity(new.previous_run_id) then
    raise exception 'the next run is made by the organisers of the earlier run' using errcode = '42501';
  end if;
  return new;
end $$;
revoke execute on function private.guard_activity_previous_run() from public, anon, authenticated;
create trigger activities_previous_run_guard before insert or update on public.activities
  for each row execute function private.guard_activity_previous_run();

-- The same organising institution: checked when the transaction ends, once the new run's organisers are written.
create or replace function private.check_activity_previous_run_organiser() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.previous_run_id is null or private.is_system() then return null; end if;
  if not exists (
    select 1 from public.activity_organisers mine join public.activity_organisers earlier on earlier.institution_id = mine.institution_id
    where mine.activity_id = new.id and earlier.activity_id = new.previous_run_id
  ) then
    raise exception 'the next run is organised by an institution that organised the earlier one' using errcode = '42501';
  end if;
  return null;
end $$;
revoke execute on function private.check_activity_previous_run_organiser() from public, anon, authenticated;
create constraint trigger activities_previous_run_organiser after insert on public.activities
  deferrable initially deferred for each row execute function private.check_activity_previous_run_organiser();

-- ---------------------------------------------------------------- findings read for the annual report
-- Who reads a finding: whoever manages it (the secretariat among them, through the activity), and the executive
-- committee for activities made from the annual plan.
create or replace function private.can_read_evaluation_finding_on(inst uuid, act uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.can_manage_evaluation_finding_on(inst, act) or (act is not null and private.is_executive_committee() and exists (
    select 1 from public.activities a where a.id = act and a.plan_item_id is not null))
$$;
create or replace function private.can_read_evaluation_finding(finding uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.evaluation_findings f where f.id = finding
    and private.can_read_evaluation_finding_on(f.instance_id, f.activity_id))
$$;
grant execute on function private.can_read_evaluation_finding_on(uuid, uuid), private.can_read_evaluation_finding(uuid)
  to authenticated, service_role;

drop policy evaluation_findings_select on public.evaluation_findings;
create policy evaluation_findings_select on public.evaluation_findings for select to authenticated
  using (private.can_read_evaluation_finding_on(instance_id, activity_id) or private.owns_evaluation_action_of(id));
drop policy evaluation_actions_select on public.evaluation_actions;
create policy evaluation_actions_select on public.evaluation_actions for select to authenticated
  using (owner_id = (select auth.uid()) or private.can_read_evaluation_finding(finding_id));
