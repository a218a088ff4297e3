-- The durable job queue (server/jobs/): work that happens later, survives a restart and runs once
-- across server processes. A small table claimed with FOR UPDATE SKIP LOCKED rather than pg-boss or
-- graphile-worker: graphile-worker needs several pooled connections and LISTEN, which the embedded
-- database (one PGlite session) cannot give; pg-boss runs on PGlite only through an adapter that must
-- borrow the Kysely session queue, and it creates and upgrades its own schema at run time (partitions
-- per queue), outside these migrations, without row-level security or the audit log.
--
-- Only the service touches jobs: RLS on with no policy for people, no grants to anon or authenticated,
-- and a guard that refuses any statement not made by the service (private.is_system()).

create table public.jobs (
  id uuid primary key default gen_random_uuid(),
  -- Which handler runs it (server/jobs/registry.ts).
  kind text not null check (kind ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  payload jsonb not null default '{}'::jsonb,
  -- At most one job ever carries a key ("the lifecycle run of slot S"), whichever process enqueues it.
  unique_key text unique check (char_length(unique_key) between 1 and 300),
  state text not null default 'pending' check (state in ('pending', 'running', 'done', 'failed')),
  -- Not run before this time; after a failure, the time of the next try.
  run_at timestamptz not null default now(),
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 5 check (max_attempts between 1 and 100),
  -- The n-th retry waits backoff_ms * 2^(n-1), at most a day.
  backoff_ms integer not null default 10000 check (backoff_ms between 0 and 86400000),
  -- A running job whose lease passes (its process died or hung) is taken again by another worker.
  lease_ms integer not null default 300000 check (lease_ms between 100 and 86400000),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  check ((state = 'running') = (locked_until is not null))
);
alter table public.jobs enable row level security;
revoke all on public.jobs from anon, authenticated;
create index jobs_due_idx on public.jobs (run_at) where state = 'pending';
create index jobs_leased_idx on public.jobs (locked_until) where state = 'running';
create index jobs_finished_idx on public.jobs (finished_at) where state in ('done', 'failed');

create or replace function private.guard_jobs() returns trigger
language plpgsql set search_path = '' as $$
begin
  if not private.is_system() then
    raise exception 'only the service enqueues and runs jobs' using errcode = '42501';
  end if;
  return null;
end $$;
revoke execute on function private.guard_jobs() from public;
create trigger jobs_guard before insert or update or delete or truncate on public.jobs
  for each statement execute function private.guard_jobs();
-- Claims and completions are not state changes of the community; enqueueing is, and the service
-- audits it (server/jobs/queue.ts), or the change that enqueued it does (the mail outbox).
