-- The clock evaluation decides by. Whether an instance is open, and so whether a follow-up six weeks after an activity
-- may be answered, depends on the time; the end-to-end story of issue 16 lets those weeks pass in minutes. The server
-- sets app.clock in a request's transaction only when it runs with PORTAL_TEST_CLOCK=1 and the request names a moved
-- instant (server/utils/clock.ts); otherwise the setting is empty and private.clock() is now(). Row timestamps
-- (created_at defaults) keep the real time.
create or replace function private.clock() returns timestamptz
language sql stable set search_path = '' as $$
  select coalesce(nullif(current_setting('app.clock', true), '')::timestamptz, now())
$$;
grant execute on function private.clock() to anon, authenticated, service_role;

-- Open at the evaluation clock (callers that name no instant: the policies, the response guard, the services).
create or replace function private.is_evaluation_open(inst uuid, at timestamptz default private.clock()) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from private.evaluation_window(inst) w where w.opens_at <= at and at < w.closes_at)
$$;
