-- A session is visible with its activity: the policy now asks the activities table itself (whose own policy decides),
-- which the planner joins once, instead of calling private.is_activity_visible (security definer, so never inlined)
-- for every session row. A month holding 2,000 sessions was read through 2,000 function calls.
drop policy if exists activity_sessions_select on public.activity_sessions;
create policy activity_sessions_select on public.activity_sessions for select to anon, authenticated
  using (exists (select 1 from public.activities a where a.id = activity_id));
