-- The programme of a conference (issue 17): sessions in the venue's rooms (public.rooms), at times kept as instants and
-- shown in the conference activity's zone, with a language, interpretation and chairs; slots place accepted submissions
-- in sessions. A room booked twice at once is refused (a guard, also against the calendar's own sessions of other
-- activities in that room); a speaker in two places and a session outside the conference's days are warnings for the
-- editor (private.programme_conflicts). Drafts of the programme are the chairs'; once published it is public.

create table public.programme_sessions (
  id uuid primary key default gen_random_uuid(),
  conference_id uuid not null references public.conferences (id) on delete cascade,
  room_id uuid references public.rooms (id) on delete set null,
  track_id uuid references public.conference_tracks (id) on delete set null,
  title jsonb not null default '{}' check (public.is_locale_map(title)),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- The venue's zone, copied from the conference's activity (the editor works in it).
  time_zone text not null check (private.is_time_zone(time_zone)),
  language text not null check (language ~ '^[a-z]{2,3}$'),
  interpretation_languages text[] not null default '{}' check (cardinality(interpretation_languages) <= 10),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at and ends_at - starts_at <= interval '12 hours')
);
alter table public.programme_sessions enable row level security;
create index programme_sessions_conference_idx on public.programme_sessions (conference_id, starts_at);
create index programme_sessions_room_idx on public.programme_sessions (room_id, starts_at) where room_id is not null;

create table public.programme_session_chairs (
  session_id uuid not null references public.programme_sessions (id) on delete cascade,
  person_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (session_id, person_id)
);
alter table public.programme_session_chairs enable row level security;

create table public.programme_slots (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references public.programme_sessions (id) on delete cascade,
  submission_id uuid not null unique references public.conference_submissions (id) on delete cascade,
  position integer not null default 1 check (position between 1 and 100),
  -- Within the session; null: the whole session (a poster, a panel).
  starts_at timestamptz,
  ends_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((starts_at is null) = (ends_at is null) and (ends_at is null or ends_at > starts_at))
);
alter table public.programme_slots enable row level security;
create index programme_slots_session_idx on public.programme_slots (session_id, position);

-- ---------------------------------------------------------------- helpers
create or replace function private.session_conference(ses uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select s.conference_id from public.programme_sessions s where s.id = ses
$$;
create or replace function private.is_programme_public(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conferences c where c.id = conf and c.programme_published_at is not null
    and private.is_activity_visible(c.activity_id))
$$;
create or replace function private.can_read_programme(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_programme_public(conf) or private.is_conference_chair(conf)
$$;

-- What the timetable editor warns about, for a conference's chairs (nothing for anyone else):
--   room_double_booked      two sessions in one room at once (the guard refuses it; a calendar session of another
--                           activity added later may still collide)
--   speaker_double_booked   a presenter (or, without one, the submitter) or a session chair in two overlapping places
--   outside_conference_days a session on a day (in the conference's zone) when its activity holds no session
create or replace function private.programme_conflicts(conf uuid)
returns table (kind text, session_id uuid, other_session_id uuid, person_id uuid)
language sql stable security definer set search_path = '' as $$
  with allowed as (select private.is_conference_chair(conf) or private.is_system() as ok),
  ses as (select s.* from public.programme_sessions s where s.conference_id = conf),
  -- Where each person is when: a speaker in their slot (or the whole session), a chair for the session.
  speakers as (
    select a.person_id, sl.session_id, coalesce(sl.starts_at, s.starts_at) as starts_at, coalesce(sl.ends_at, s.ends_at) as ends_at
    from public.programme_slots sl join ses s on s.id = sl.session_id
    join public.submission_authors a on a.submission_id = sl.submission_id
    where a.person_id is not null and (a.is_presenter or (a.is_submitter and not exists (
      select 1 from public.submission_authors p where p.submission_id = a.submission_id and p.is_presenter)))
  ), presence as (
    select * from speakers
    union all
    select ch.person_id, s.id, s.starts_at, s.ends_at from public.programme_session_chairs ch join ses s on s.id = ch.session_id
  ), activity_days as (
    select distinct (x.starts_at at time zone a.time_zone)::date as day, a.time_zone
    from public.conferences c join public.activities a on a.id = c.activity_id
    join public.activity_sessions x on x.activity_id = a.id and x.cancelled_at is null where c.id = conf
  ), zone as (
    select a.time_zone from public.conferences c join public.activities a on a.id = c.activity_id where c.id = conf
  )
  select * from (
    select 'room_double_booked'::text, s1.id, s2.id, null::uuid from ses s1 join ses s2
      on s1.room_id = s2.room_id and s1.id < s2.id and s1.starts_at < s2.ends_at and s2.starts_at < s1.ends_at
    union all
    select 'speaker_double_booked', p1.session_id, p2.session_id, p1.person_id from presence p1 join presence p2
      on p1.person_id = p2.person_id and p1.session_id < p2.session_id and p1.starts_at < p2.ends_at and p2.starts_at < p1.ends_at
    union all
    select 'outside_conference_days', s.id, null, null from ses s cross join zone z
      where (s.starts_at at time zone z.time_zone)::date not in (select day from activity_days)
         or ((s.ends_at - interval '1 microsecond') at time zone z.time_zone)::date not in (select day from activity_days)
  ) found where (select ok from allowed)
$$;

grant execute on function private.session_conference(uuid), private.is_programme_public(uuid), private.can_read_programme(uuid),
  private.programme_conflicts(uuid) to anon, authenticated, service_role;

-- ---------------------------------------------------------------- guards
-- A session keeps its conference, takes its zone from the activity and a room of the activity's venue (or one its
-- organisers manage), and never shares a room at the same time with another programme session or another activity's
-- session (hard error).
create or replace function private.guard_programme_session() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  act public.activities;
begin
  if tg_op = 'UPDATE' and new.conference_id is distinct from old.conference_id then
    raise exception 'a session stays with its conference' using errcode = '42501';
  end if;
  select a.* into act from public.conferences c join public.activities a on a.id = c.activity_id where c.id = new.conference_id;
  new.time_zone := act.time_zone;
  if new.track_id is not null and not exists (
    select 1 from public.conference_tracks t where t.id = new.track_id and t.conference_id = new.conference_id) then
    raise exception 'the track is one of the conference''s' using errcode = '23514';
  end if;
  if new.room_id is null then return new; end if;
  if not private.is_system() and not exists (
    select 1 from public.rooms r where r.id = new.room_id and (r.venue_id = act.venue_id or private.can_manage_venue(r.venue_id))) then
    raise exception 'a session''s room is one of the conference''s venue or one the organiser manages' using errcode = '42501';
  end if;
  -- One booking of a room at a time: concurrent editors wait for each other here.
  perform pg_advisory_xact_lock(hashtext('room:' || new.room_id::text));
  if exists (select 1 from public.programme_sessions s where s.room_id = new.room_id and s.id <> new.id
               and s.starts_at < new.ends_at and new.starts_at < s.ends_at)
    or exists (select 1 from public.activity_sessions x where x.room_id = new.room_id and x.activity_id <> act.id
               and x.cancelled_at is null and x.starts_at < new.ends_at and new.starts_at < x.ends_at) then
    raise exception 'room double-booked: the room is taken at that time' using errcode = '23P01';
  end if;
  return new;
end $$;
create trigger programme_sessions_guard before insert or update on public.programme_sessions
  for each row execute function private.guard_programme_session();

-- A slot places an accepted submission of the same conference within its session's time.
create or replace function private.guard_programme_slot() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  ses public.programme_sessions;
begin
  if tg_op = 'DELETE' then
    if not private.is_system() and exists (select 1 from public.conference_submissions s where s.id = old.submission_id and s.state = 'scheduled') then
      raise exception 'unschedule the submission before removing its slot' using errcode = '23514';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' and new.submission_id is distinct from old.submission_id then
    raise exception 'a slot keeps its submission' using errcode = '42501';
  end if;
  select * into ses from public.programme_sessions s where s.id = new.session_id;
  if not exists (select 1 from public.conference_submissions s where s.id = new.submission_id and s.conference_id = ses.conference_id
    and s.state in ('accepted', 'accepted_with_revisions', 'camera_ready', 'scheduled')) then
    raise exception 'a slot holds an accepted submission of the conference' using errcode = '23514';
  end if;
  if new.starts_at is not null and (new.starts_at < ses.starts_at or new.ends_at > ses.ends_at) then
    raise exception 'a slot lies within its session' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger programme_slots_guard before insert or update or delete on public.programme_slots
  for each row execute function private.guard_programme_slot();

-- Moving a session keeps its slots inside it.
create or replace function private.guard_programme_session_slots() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (select 1 from public.programme_slots sl where sl.session_id = new.id and sl.starts_at is not null
    and (sl.starts_at < new.starts_at or sl.ends_at > new.ends_at)) then
    raise exception 'a slot lies within its session' using errcode = '23514';
  end if;
  return null;
end $$;
create trigger programme_sessions_slots after update of starts_at, ends_at on public.programme_sessions
  for each row execute function private.guard_programme_session_slots();

revoke execute on function private.guard_programme_session(), private.guard_programme_slot(), private.guard_programme_session_slots()
  from public, anon, authenticated;

create trigger programme_sessions_audit after insert or update or delete on public.programme_sessions
  for each row execute function private.audit_row_change();
create trigger programme_session_chairs_audit after insert or update or delete on public.programme_session_chairs
  for each row execute function private.audit_row_change();
create trigger programme_slots_audit after insert or update or delete on public.programme_slots
  for each row execute function private.audit_row_change();

-- ---------------------------------------------------------------- policies
create policy programme_sessions_select on public.programme_sessions for select to anon, authenticated
  using (private.can_read_programme(conference_id));
create policy programme_sessions_insert on public.programme_sessions for insert to authenticated
  with check (private.is_conference_chair(conference_id));
create policy programme_sessions_update on public.programme_sessions for update to authenticated
  using (private.is_conference_chair(conference_id)) with check (private.is_conference_chair(conference_id));
create policy programme_sessions_delete on public.programme_sessions for delete to authenticated
  using (private.is_conference_chair(conference_id) and not exists (
    select 1 from public.programme_slots sl join public.conference_submissions s on s.id = sl.submission_id
    where sl.session_id = programme_sessions.id and s.state = 'scheduled'));
revoke update on public.programme_sessions from anon, authenticated;
grant update (room_id, track_id, title, starts_at, ends_at, language, interpretation_languages, updated_at)
  on public.programme_sessions to authenticated;

create policy programme_session_chairs_select on public.programme_session_chairs for select to anon, authenticated
  using (private.can_read_programme(private.session_conference(session_id)));
create policy programme_session_chairs_insert on public.programme_session_chairs for insert to authenticated
  with check (private.is_conference_chair(private.session_conference(session_id)));
create policy programme_session_chairs_delete on public.programme_session_chairs for delete to authenticated
  using (private.is_conference_chair(private.session_conference(session_id)));
revoke update on public.programme_session_chairs from anon, authenticated;

create policy programme_slots_select on public.programme_slots for select to anon, authenticated
  using (private.can_read_programme(private.session_conference(session_id)));
create policy programme_slots_insert on public.programme_slots for insert to authenticated
  with check (private.is_conference_chair(private.session_conference(session_id)));
create policy programme_slots_update on public.programme_slots for update to authenticated
  using (private.is_conference_chair(private.session_conference(session_id)))
  with check (private.is_conference_chair(private.session_conference(session_id)));
create policy programme_slots_delete on public.programme_slots for delete to authenticated
  using (private.is_conference_chair(private.session_conference(session_id)));
revoke update on public.programme_slots from anon, authenticated;
grant update (session_id, position, starts_at, ends_at, updated_at) on public.programme_slots to authenticated;
