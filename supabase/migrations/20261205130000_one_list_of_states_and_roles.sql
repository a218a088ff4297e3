-- One list each, read by every rule that needs it:
--  * the states in which an agreement is in force (shared/agreements/lifecycle.ts IN_FORCE_STATES):
--    public, renewable, able to give quota places;
--  * the roles that make a person an institution's staff (shared/roles.ts STAFF_ROLES).
-- tests/db/one-list.test.ts fails when a list here and its TypeScript twin differ.
-- Both are immutable, so Postgres folds them into a constant once per statement: no (select …) needed.

create or replace function private.agreement_in_force_states() returns public.agreement_state[]
language sql immutable set search_path = '' as $$
  select array['active', 'expiring']::public.agreement_state[]
$$;

create or replace function private.staff_roles() returns public.member_role[]
language sql immutable set search_path = '' as $$
  select array['partner_staff', 'office_staff']::public.member_role[]
$$;

grant execute on function private.agreement_in_force_states(), private.staff_roles() to anon, authenticated, service_role;

create or replace function private.is_agreement_public(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.agreements a where a.id = agreement and a.state = any (private.agreement_in_force_states()))
$$;

create or replace function private.is_staff_of(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.institution_id = inst and m.role = any (private.staff_roles())
  )
$$;

drop policy agreements_select_public on public.agreements;
create policy agreements_select_public on public.agreements for select to anon, authenticated
  using (state = any (private.agreement_in_force_states()));
