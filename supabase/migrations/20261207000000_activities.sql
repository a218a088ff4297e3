-- Activities: cross-cultural training, cultural events, seminars, webinars, study visits and conferences, organised
-- by one or more member institutions (enterprises too), held in sessions at venues, moving through one lifecycle.
-- Registrations, quotas and attendance, holidays, the annual plan and feeds come in their own migrations.

create type public.activity_kind as enum ('training', 'cultural', 'seminar', 'webinar', 'study_visit', 'conference');
create type public.activity_state as enum ('draft', 'published', 'registration_open', 'closed', 'held', 'evaluated', 'cancelled');
create type public.venue_mode as enum ('physical', 'online', 'hybrid');

-- ---------------------------------------------------------------- venues and rooms
create table public.venues (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  address text not null default '' check (char_length(address) <= 500),
  city jsonb not null default '{}' check (public.is_locale_map(city)),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  time_zone text not null check (private.is_time_zone(time_zone)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index venues_institution_idx on public.venues (institution_id);

create table public.rooms (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references public.venues (id) on delete cascade,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  capacity integer check (capacity between 1 and 100000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index rooms_venue_idx on public.rooms (venue_id);

-- ---------------------------------------------------------------- activities
create table public.activities (
  id uuid primary key default gen_random_uuid(),
  kind public.activity_kind not null,
  state public.activity_state not null default 'draft',
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  summary jsonb not null default '{}' check (public.is_locale_map(summary)),
  description jsonb not null default '{}' check (public.is_locale_map(description)),
  audience jsonb not null default '{}' check (public.is_locale_map(audience)),
  working_languages text[] not null default '{}' check (cardinality(working_languages) <= 12),
  interpretation boolean not null default false,
  mode public.venue_mode not null default 'physical',
  venue_id uuid references public.venues (id) on delete set null,
  online_url text check (online_url ~ '^https://' and char_length(online_url) <= 500),
  time_zone text not null check (private.is_time_zone(time_zone)),
  capacity integer check (capacity between 1 and 100000),
  registration_opens_at timestamptz,
  registration_closes_at timestamptz,
  eligible_roles public.member_role[] not null default '{}',
  eligible_institution_ids uuid[] not null default '{}',
  offer_hours integer not null default 48 check (offer_hours between 1 and 720),
  reminder_days integer[] not null default '{7,1}' check (cardinality(reminder_days) <= 5 and 0 < all (reminder_days) and 60 >= all (reminder_days)),
  fee_note jsonb not null default '{}' check (public.is_locale_map(fee_note)),
  questions text[] not null default '{}' check (questions <@ array['dietary', 'visa_letter', 'accessibility']),
  plan_item_id uuid,
  cancel_reason text check (char_length(cancel_reason) <= 2000),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  revision integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (registration_closes_at is null or registration_opens_at is null or registration_closes_at > registration_opens_at)
);
create index activities_state_idx on public.activities (state);

create table public.activity_organisers (
  activity_id uuid not null references public.activities (id) on delete cascade,
  institution_id uuid not null references public.institutions (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (activity_id, institution_id)
);
create index activity_organisers_institution_idx on public.activity_organisers (institution_id);

-- Invited partners: their countries' holidays, their terms and zones are what scheduling warns about.
create table public.activity_invitees (
  activity_id uuid not null references public.activities (id) on delete cascade,
  institution_id uuid not null references public.institutions (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (activity_id, institution_id)
);
create index activity_invitees_institution_idx on public.activity_invitees (institution_id);

-- A recurrence rule (RFC 5545 RRULE) whose sessions are materialised rows in activity_sessions.
create table public.activity_series (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references public.activities (id) on delete cascade,
  rrule text not null check (rrule ~ '^(RRULE:)?FREQ=' and char_length(rrule) <= 500),
  first_starts_at timestamptz not null,
  duration_minutes integer not null check (duration_minutes between 5 and 1440),
  time_zone text not null check (private.is_time_zone(time_zone)),
  exceptions date[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.activity_sessions (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references public.activities (id) on delete cascade,
  title jsonb not null default '{}' check (public.is_locale_map(title)),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  time_zone text not null check (private.is_time_zone(time_zone)),
  room_id uuid references public.rooms (id) on delete set null,
  online_url text check (online_url ~ '^https://' and char_length(online_url) <= 500),
  series_id uuid references public.activity_series (id) on delete set null,
  cancelled_at timestamptz,
  moved_from_starts_at timestamptz,
  sequence integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at and ends_at - starts_at <= interval '7 days')
);
create index activity_sessions_activity_idx on public.activity_sessions (activity_id, starts_at);
create index activity_sessions_time_idx on public.activity_sessions (starts_at);
create index activity_sessions_room_idx on public.activity_sessions (room_id, starts_at) where room_id is not null;

-- Each step's record: who, when, which step and why. Written by the service only.
create table public.activity_events (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references public.activities (id) on delete cascade,
  actor_id uuid references public.profiles (id) on delete set null,
  action text not null,
  from_state public.activity_state not null,
  to_state public.activity_state not null,
  reason text check (char_length(reason) <= 2000),
  created_at timestamptz not null default now()
);
create index activity_events_activity_idx on public.activity_events (activity_id, created_at);

-- The one table of the lifecycle (shared/calendar/lifecycle.ts is the same table, checked by a test).
create table public.activity_transitions (
  action text not null,
  from_state public.activity_state not null,
  to_state public.activity_state not null,
  primary key (action, from_state)
);
insert into public.activity_transitions (action, from_state, to_state) values
  ('publish', 'draft', 'published'),
  ('open_registration', 'published', 'registration_open'),
  ('close_registration', 'registration_open', 'closed'),
  ('reopen_registration', 'closed', 'registration_open'),
  ('mark_held', 'registration_open', 'held'),
  ('mark_held', 'closed', 'held'),
  ('mark_evaluated', 'held', 'evaluated'),
  ('cancel', 'draft', 'cancelled'),
  ('cancel', 'published', 'cancelled'),
  ('cancel', 'registration_open', 'cancelled'),
  ('cancel', 'closed', 'cancelled');

-- ---------------------------------------------------------------- helpers
-- Who runs an activity: the secretariat, its creator, and the staff of any organising institution.
create or replace function private.can_manage_activity(act uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (
    select 1 from public.activities a where a.id = act and (
      a.created_by = (select auth.uid())
      or exists (select 1 from public.activity_organisers o where o.activity_id = a.id and private.is_staff_of(o.institution_id))))
$$;
-- Drafts are their organisers'; from publication on an activity is public, cancelled ones too (with the reason).
create or replace function private.is_activity_visible(act uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.activities a where a.id = act and a.state <> 'draft') or private.can_manage_activity(act)
$$;
create or replace function private.is_staff_anywhere() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and m.role = any (private.staff_roles()))
$$;
create or replace function private.can_manage_venue(venue uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_secretariat() or exists (select 1 from public.venues v where v.id = venue and private.is_staff_of(v.institution_id))
$$;
grant execute on function private.can_manage_activity(uuid), private.is_activity_visible(uuid),
  private.is_staff_anywhere(), private.can_manage_venue(uuid) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- guards
-- The state moves only along the transition table (the service may do anything, e.g. a cancellation by a job);
-- a cancellation carries its reason; who created it and the revision counter never go back.
create or replace function private.guard_activity() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if private.is_system() then return new; end if;
  if tg_op = 'INSERT' then
    if new.state <> 'draft' or new.revision <> 1 or new.created_by is distinct from (select auth.uid()) then
      raise exception 'an activity starts as a draft of the person who creates it' using errcode = '42501';
    end if;
    return new;
  end if;
  if new.state is distinct from old.state and not exists (
    select 1 from public.activity_transitions t where t.from_state = old.state and t.to_state = new.state
  ) then
    raise exception 'activity % cannot go from % to %', old.id, old.state, new.state using errcode = '42501';
  end if;
  if new.state = 'cancelled' and old.state <> 'cancelled' and coalesce(btrim(new.cancel_reason), '') = '' then
    raise exception 'a cancellation gives its reason' using errcode = '23514';
  end if;
  if old.state in ('cancelled', 'evaluated') and (new.title, new.summary, new.description, new.audience, new.capacity, new.venue_id)
    is distinct from (old.title, old.summary, old.description, old.audience, old.capacity, old.venue_id) then
    raise exception 'a cancelled or evaluated activity is not edited' using errcode = '42501';
  end if;
  if new.revision < old.revision then
    raise exception 'a revision never goes back' using errcode = '42501';
  end if;
  return new;
end $$;
revoke execute on function private.guard_activity() from anon, authenticated, public;
create trigger activities_guard before insert or update on public.activities
  for each row execute function private.guard_activity();

-- Sessions of a cancelled or finished activity stay as they were.
create or replace function private.guard_activity_session() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  act uuid := coalesce(new.activity_id, old.activity_id);
begin
  if private.is_system() then return coalesce(new, old); end if;
  if tg_op = 'UPDATE' and new.activity_id <> old.activity_id then
    raise exception 'a session stays with its activity' using errcode = '42501';
  end if;
  if exists (select 1 from public.activities a where a.id = act and a.state in ('cancelled', 'held', 'evaluated')) then
    raise exception 'the sessions of a cancelled or finished activity do not change' using errcode = '42501';
  end if;
  if tg_op <> 'DELETE' and new.room_id is not null and not exists (
    select 1 from public.rooms r join public.venues v on v.id = r.venue_id
      join public.activities a on a.id = act where r.id = new.room_id and (a.venue_id = v.id or private.can_manage_venue(v.id))
  ) then
    raise exception 'a session''s room is one of the activity''s venue or one the organiser manages' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
revoke execute on function private.guard_activity_session() from anon, authenticated, public;
create trigger activity_sessions_guard before insert or update or delete on public.activity_sessions
  for each row execute function private.guard_activity_session();
create trigger activity_series_guard before insert or update or delete on public.activity_series
  for each row execute function private.guard_activity_session();

-- ---------------------------------------------------------------- audit
create trigger venues_audit after insert or update or delete on public.venues
  for each row execute function private.audit_row_change();
create trigger rooms_audit after insert or update or delete on public.rooms
  for each row execute function private.audit_row_change();
create trigger activities_audit after insert or update or delete on public.activities
  for each row execute function private.audit_row_change();
create trigger activity_organisers_audit after insert or update or delete on public.activity_organisers
  for each row execute function private.audit_row_change();
create trigger activity_invitees_audit after insert or update or delete on public.activity_invitees
  for each row execute function private.audit_row_change();
create trigger activity_series_audit after insert or update or delete on public.activity_series
  for each row execute function private.audit_row_change();
create trigger activity_sessions_audit after insert or update or delete on public.activity_sessions
  for each row execute function private.audit_row_change();

-- ---------------------------------------------------------------- row-level security
alter table public.venues enable row level security;
alter table public.rooms enable row level security;
alter table public.activities enable row level security;
alter table public.activity_organisers enable row level security;
alter table public.activity_invitees enable row level security;
alter table public.activity_series enable row level security;
alter table public.activity_sessions enable row level security;
alter table public.activity_events enable row level security;
alter table public.activity_transitions enable row level security;

create policy venues_select on public.venues for select to anon, authenticated using (true);
create policy venues_insert on public.venues for insert to authenticated
  with check ((select private.is_secretariat()) or private.is_staff_of(institution_id));
create policy venues_update on public.venues for update to authenticated
  using (private.can_manage_venue(id)) with check ((select private.is_secretariat()) or private.is_staff_of(institution_id));
create policy venues_delete on public.venues for delete to authenticated using (private.can_manage_venue(id));

create policy rooms_select on public.rooms for select to anon, authenticated using (true);
create policy rooms_insert on public.rooms for insert to authenticated with check (private.can_manage_venue(venue_id));
create policy rooms_update on public.rooms for update to authenticated
  using (private.can_manage_venue(venue_id)) with check (private.can_manage_venue(venue_id));
create policy rooms_delete on public.rooms for delete to authenticated using (private.can_manage_venue(venue_id));

-- The creator is named by the row itself: a new draft must read back before the helper's snapshot can see it.
create policy activities_select on public.activities for select to anon, authenticated
  using (state <> 'draft' or created_by = (select auth.uid()) or private.can_manage_activity(id));
create policy activities_insert on public.activities for insert to authenticated
  with check (created_by = (select auth.uid()) and ((select private.is_secretariat()) or (select private.is_staff_anywhere())));
create policy activities_update on public.activities for update to authenticated
  using (private.can_manage_activity(id)) with check (private.can_manage_activity(id));
create policy activities_delete on public.activities for delete to authenticated
  using (state = 'draft' and private.can_manage_activity(id));

create policy activity_organisers_select on public.activity_organisers for select to anon, authenticated
  using (private.is_activity_visible(activity_id));
create policy activity_organisers_insert on public.activity_organisers for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy activity_organisers_delete on public.activity_organisers for delete to authenticated
  using (private.can_manage_activity(activity_id));

create policy activity_invitees_select on public.activity_invitees for select to anon, authenticated
  using (private.is_activity_visible(activity_id));
create policy activity_invitees_insert on public.activity_invitees for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy activity_invitees_delete on public.activity_invitees for delete to authenticated
  using (private.can_manage_activity(activity_id));

create policy activity_series_select on public.activity_series for select to anon, authenticated
  using (private.is_activity_visible(activity_id));
create policy activity_series_insert on public.activity_series for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy activity_series_update on public.activity_series for update to authenticated
  using (private.can_manage_activity(activity_id)) with check (private.can_manage_activity(activity_id));
create policy activity_series_delete on public.activity_series for delete to authenticated
  using (private.can_manage_activity(activity_id));

create policy activity_sessions_select on public.activity_sessions for select to anon, authenticated
  using (private.is_activity_visible(activity_id));
create policy activity_sessions_insert on public.activity_sessions for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy activity_sessions_update on public.activity_sessions for update to authenticated
  using (private.can_manage_activity(activity_id)) with check (private.can_manage_activity(activity_id));
create policy activity_sessions_delete on public.activity_sessions for delete to authenticated
  using (private.can_manage_activity(activity_id));

create policy activity_events_select on public.activity_events for select to authenticated
  using (private.can_manage_activity(activity_id));
create policy activity_transitions_select on public.activity_transitions for select to anon, authenticated using (true);

-- ---------------------------------------------------------------- column rights
revoke insert, update, delete on public.activity_events from anon, authenticated;
revoke insert, update, delete on public.activity_transitions from anon, authenticated;
revoke update on public.activities from anon, authenticated;
grant update (kind, state, title, summary, description, audience, working_languages, interpretation, mode, venue_id,
  online_url, time_zone, capacity, registration_opens_at, registration_closes_at, eligible_roles, eligible_institution_ids,
  offer_hours, reminder_days, fee_note, questions, cancel_reason, revision, updated_at) on public.activities to authenticated;
revoke update on public.activity_sessions from anon, authenticated;
grant update (title, starts_at, ends_at, time_zone, room_id, online_url, cancelled_at, moved_from_starts_at, sequence, updated_at)
  on public.activity_sessions to authenticated;
revoke update on public.activity_series from anon, authenticated;
grant update (rrule, first_starts_at, duration_minutes, time_zone, exceptions, updated_at) on public.activity_series to authenticated;
revoke update on public.venues from anon, authenticated;
grant update (name, address, city, country, time_zone, updated_at) on public.venues to authenticated;
revoke update on public.rooms from anon, authenticated;
grant update (name, capacity, updated_at) on public.rooms to authenticated;
revoke update on public.activity_organisers, public.activity_invitees from anon, authenticated;
