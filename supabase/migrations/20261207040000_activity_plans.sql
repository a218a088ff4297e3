-- The annual activity plan (年度活动计划): one plan per academic year, its items proposed by the
-- secretariat and by member institutions' offices for their own institution, submitted by the
-- secretariat and approved by the executive committee (the secretariat, or a current member of a
-- body of kind executive_committee), possibly naming the committee meeting that decided it.
-- Lifecycle: shared/calendar/plan-lifecycle.ts, copied into activity_plan_transitions (a db test keeps them equal).
-- An activity made from an accepted item of an approved plan names it (activities.plan_item_id), which is
-- how the plan is compared with what was actually held.

create table public.activity_plans (
  id uuid primary key default gen_random_uuid(),
  academic_year text not null unique check (academic_year ~ '^[0-9]{4}/[0-9]{4}$'
    and substr(academic_year, 6, 4)::int = substr(academic_year, 1, 4)::int + 1),
  state text not null default 'draft' check (state in ('draft', 'submitted', 'approved')),
  approved_by uuid references public.profiles (id) on delete set null,
  approved_at timestamptz,
  decided_in_meeting_id uuid references public.meetings (id) on delete set null,
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'approved') = (approved_at is not null))
);
alter table public.activity_plans enable row level security;
create trigger activity_plans_audit after insert or update or delete on public.activity_plans
  for each row execute function private.audit_row_change();

create table public.activity_plan_items (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references public.activity_plans (id) on delete cascade,
  kind public.activity_kind not null,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  audience jsonb not null default '{}' check (public.is_locale_map(audience)),
  month date not null check (extract(day from month) = 1),
  organiser_institution_id uuid not null references public.institutions (id),
  budget_line jsonb not null default '{}' check (public.is_locale_map(budget_line)),
  budget_amount numeric(14, 2) check (budget_amount is null or budget_amount >= 0),
  currency char(3) check (currency is null or currency ~ '^[A-Z]{3}$'),
  expected_participants integer check (expected_participants is null or expected_participants between 0 and 1000000),
  proposed_by uuid not null default auth.uid() references public.profiles (id),
  state text not null default 'proposed' check (state in ('proposed', 'accepted', 'dropped')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((budget_amount is null) = (currency is null))
);
alter table public.activity_plan_items enable row level security;
create trigger activity_plan_items_audit after insert or update or delete on public.activity_plan_items
  for each row execute function private.audit_row_change();
create index activity_plan_items_plan_idx on public.activity_plan_items (plan_id, month);
create index activity_plan_items_organiser_idx on public.activity_plan_items (organiser_institution_id);

-- ---------------------------------------------------------------- who decides
-- The executive committee: the secretariat, or a person whose term on an executive_committee body runs today.
create or replace function private.is_executive_committee() returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (
    select 1 from public.body_members b join public.governance_bodies g on g.id = b.body_id
    where g.kind = 'executive_committee' and b.user_id = (select auth.uid())
      and b.term_start <= current_date and (b.term_end is null or b.term_end >= current_date)
  )
$$;

create or replace function private.is_plan_draft(plan uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.activity_plans p where p.id = plan and p.state = 'draft')
$$;

-- Staff of the organiser propose and edit its items; the secretariat any item.
create or replace function private.may_propose_for(institution uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or private.is_staff_of(institution)
$$;

grant execute on function private.is_executive_committee(), private.is_plan_draft(uuid), private.may_propose_for(uuid)
  to anon, authenticated, service_role;

-- ---------------------------------------------------------------- the lifecycle, in the database too
create table public.activity_plan_transitions (
  action text not null,
  from_state text not null,
  to_state text not null,
  side text not null check (side in ('secretariat', 'committee')),
  primary key (action, from_state)
);
alter table public.activity_plan_transitions enable row level security;
create policy activity_plan_transitions_select on public.activity_plan_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.activity_plan_transitions from anon, authenticated;
insert into public.activity_plan_transitions (action, from_state, to_state, side) values
  ('submit', 'draft', 'submitted', 'secretariat'),
  ('return', 'submitted', 'draft', 'committee'),
  ('approve', 'submitted', 'approved', 'committee');

-- A plan changes state only along the table, by its side; approval records who and when, and names a
-- meeting only of an executive committee. Nothing else of a plan changes once made.
create or replace function private.guard_activity_plan() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if private.is_system() then return new; end if;
  if new.academic_year is distinct from old.academic_year or new.created_by is distinct from old.created_by then
    raise exception 'a plan''s year and author do not change' using errcode = '42501';
  end if;
  if new.state is distinct from old.state and not exists (
    select 1 from public.activity_plan_transitions t
    where t.from_state = old.state and t.to_state = new.state and (
      (t.side = 'secretariat' and private.is_secretariat()) or (t.side = 'committee' and private.is_executive_committee()))
  ) then
    raise exception 'plan % cannot go from % to % by this person', old.id, old.state, new.state using errcode = '42501';
  end if;
  if new.state = 'approved' and old.state <> 'approved' then
    new.approved_by := (select auth.uid());
    new.approved_at := now();
  elsif new.approved_by is distinct from old.approved_by or new.approved_at is distinct from old.approved_at then
    raise exception 'approval is recorded only when the plan is approved' using errcode = '42501';
  end if;
  if new.decided_in_meeting_id is distinct from old.decided_in_meeting_id and not (new.state = 'approved' and old.state = 'submitted') then
    raise exception 'the deciding meeting is named with the approval' using errcode = '42501';
  end if;
  if new.decided_in_meeting_id is distinct from old.decided_in_meeting_id and new.decided_in_meeting_id is not null and not exists (
    select 1 from public.meetings m join public.governance_bodies g on g.id = m.body_id
    where m.id = new.decided_in_meeting_id and g.kind = 'executive_committee'
  ) then
    raise exception 'the plan is decided in a meeting of the executive committee' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger activity_plans_guard before update on public.activity_plans
  for each row execute function private.guard_activity_plan();

-- Items: only while their plan is a draft; an item's month lies in the plan's academic year (September
-- to August); its organiser is the proposer's own institution unless the secretariat proposes; only the
-- committee accepts or drops an item; an item never moves to another plan or changes its proposer.
create or replace function private.guard_activity_plan_item() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  item public.activity_plan_items := coalesce(new, old);
  first_year int;
begin
  if tg_op <> 'DELETE' then
    select substr(p.academic_year, 1, 4)::int into first_year from public.activity_plans p where p.id = new.plan_id;
    if new.month < make_date(first_year, 9, 1) or new.month > make_date(first_year + 1, 8, 1) then
      raise exception 'the month lies outside the plan''s academic year' using errcode = '23514';
    end if;
  end if;
  if private.is_system() then return item; end if;
  -- The plan itself is being deleted (only a draft can be): its items go with it.
  if tg_op = 'DELETE' and not exists (select 1 from public.activity_plans p where p.id = old.plan_id) then return old; end if;
  if not private.is_plan_draft(item.plan_id) then
    raise exception 'items change only while the plan is a draft' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' then
    if new.plan_id is distinct from old.plan_id or new.proposed_by is distinct from old.proposed_by then
      raise exception 'an item stays in its plan and with its proposer' using errcode = '42501';
    end if;
    if new.state is distinct from old.state and not private.is_executive_committee() then
      raise exception 'only the executive committee accepts or drops an item' using errcode = '42501';
    end if;
    -- A committee member who is not of the organiser's office decides on the item, but does not rewrite it.
    if not private.may_propose_for(old.organiser_institution_id)
      and (to_jsonb(new) - 'state' - 'updated_at') is distinct from (to_jsonb(old) - 'state' - 'updated_at') then
      raise exception 'only the organiser''s office or the secretariat edits an item' using errcode = '42501';
    end if;
  end if;
  if tg_op = 'INSERT' and new.state <> 'proposed' then
    raise exception 'an item starts as proposed' using errcode = '42501';
  end if;
  return item;
end $$;
create trigger activity_plan_items_guard before insert or update or delete on public.activity_plan_items
  for each row execute function private.guard_activity_plan_item();

revoke execute on function private.guard_activity_plan(), private.guard_activity_plan_item() from public, anon, authenticated;

-- ---------------------------------------------------------------- policies and columns
-- Every community member reads the plans and their items; the secretariat opens a year's plan.
create policy activity_plans_select on public.activity_plans for select to authenticated
  using ((select private.is_community_member()));
create policy activity_plans_insert on public.activity_plans for insert to authenticated
  with check ((select private.is_secretariat()) and created_by = (select auth.uid()) and state = 'draft'
    and approved_by is null and approved_at is null and decided_in_meeting_id is null);
create policy activity_plans_update on public.activity_plans for update to authenticated
  using ((select private.is_executive_committee())) with check ((select private.is_executive_committee()));
create policy activity_plans_delete on public.activity_plans for delete to authenticated
  using ((select private.is_secretariat()) and state = 'draft');
revoke update on public.activity_plans from anon, authenticated;
grant update (state, decided_in_meeting_id, updated_at) on public.activity_plans to authenticated;

create policy activity_plan_items_select on public.activity_plan_items for select to authenticated
  using ((select private.is_community_member()));
create policy activity_plan_items_insert on public.activity_plan_items for insert to authenticated
  with check (proposed_by = (select auth.uid()) and private.may_propose_for(organiser_institution_id) and private.is_plan_draft(plan_id));
create policy activity_plan_items_update on public.activity_plan_items for update to authenticated
  using ((private.may_propose_for(organiser_institution_id) or (select private.is_executive_committee())) and private.is_plan_draft(plan_id))
  with check (private.may_propose_for(organiser_institution_id) or (select private.is_executive_committee()));
create policy activity_plan_items_delete on public.activity_plan_items for delete to authenticated
  using ((proposed_by = (select auth.uid()) or (select private.is_secretariat())) and private.is_plan_draft(plan_id));
revoke update on public.activity_plan_items from anon, authenticated;
grant update (kind, title, audience, month, organiser_institution_id, budget_line, budget_amount, currency,
  expected_participants, state, updated_at) on public.activity_plan_items to authenticated;

-- ---------------------------------------------------------------- activities made from the plan
alter table public.activities add constraint activities_plan_item_id_fkey
  foreign key (plan_item_id) references public.activity_plan_items (id);
create index activities_plan_item_idx on public.activities (plan_item_id) where plan_item_id is not null;

-- An activity names a plan item only when the item is accepted in an approved plan, and only by its
-- organiser's office or the secretariat (a client talking to PostgREST cannot claim someone else's item).
create or replace function private.guard_activity_plan_link() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.plan_item_id is null or private.is_system() then return new; end if;
  if tg_op = 'UPDATE' and new.plan_item_id is not distinct from old.plan_item_id then return new; end if;
  if not exists (
    select 1 from public.activity_plan_items i join public.activity_plans p on p.id = i.plan_id
    where i.id = new.plan_item_id and i.state = 'accepted' and p.state = 'approved' and private.may_propose_for(i.organiser_institution_id)
  ) then
    raise exception 'an activity comes only from an accepted item of an approved plan, by its organiser' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger activities_plan_item_guard before insert or update on public.activities
  for each row execute function private.guard_activity_plan_link();
revoke execute on function private.guard_activity_plan_link() from public, anon, authenticated;
