-- The agreement lifecycle in the database too. A party's staff may update their agreement (the
-- update policy), so until now they could also set its state to anything by talking to Postgres
-- directly (Supabase mode exposes the table). The steps a party takes by hand are copied here from
-- shared/agreements/lifecycle.ts (a db test keeps the two equal); every other change of state is
-- the system's — its guards (all parties approved, all signed, successor in force) are checked by
-- the service, which takes those steps as service_role, and by the daily job.

create table public.agreement_party_transitions (
  action text not null,
  from_state public.agreement_state not null,
  to_state public.agreement_state not null,
  primary key (action, from_state)
);
alter table public.agreement_party_transitions enable row level security;
create policy agreement_party_transitions_select on public.agreement_party_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.agreement_party_transitions from anon, authenticated;
insert into public.agreement_party_transitions (action, from_state, to_state) values
  ('open_negotiation', 'draft', 'in_negotiation'),
  ('reopen', 'awaiting_signatures', 'in_negotiation'),
  ('terminate', 'draft', 'terminated'),
  ('terminate', 'in_negotiation', 'terminated'),
  ('terminate', 'awaiting_signatures', 'terminated'),
  ('terminate', 'active', 'terminated'),
  ('terminate', 'expiring', 'terminated');

-- Security invoker: current_user is who changes the row (authenticated, or service_role when the
-- service or a job takes a system step).
create or replace function public.guard_agreement_state() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.state is distinct from old.state and current_user in ('authenticated', 'anon') and not exists (
    select 1 from public.agreement_party_transitions t where t.from_state = old.state and t.to_state = new.state
  ) then
    raise exception 'agreement % cannot go from % to % by a party', old.id, old.state, new.state using errcode = '42501';
  end if;
  return new;
end $$;
create trigger agreements_state_guard before update on public.agreements
  for each row execute function public.guard_agreement_state();
