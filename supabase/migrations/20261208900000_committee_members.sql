-- The executive committee's members in term, named once: the plan's rules ask whether the reader is one of them,
-- and the plan's notices go to all of them.
create or replace function private.executive_committee_members() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select distinct b.user_id from public.body_members b join public.governance_bodies g on g.id = b.body_id
  where g.kind = 'executive_committee'
    and b.term_start <= current_date and (b.term_end is null or b.term_end >= current_date)
$$;
revoke execute on function private.executive_committee_members() from public, anon, authenticated;
grant execute on function private.executive_committee_members() to service_role;

create or replace function private.is_executive_committee() returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or (select auth.uid()) in (select private.executive_committee_members())
$$;
