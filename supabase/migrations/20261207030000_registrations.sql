-- Registration for calendar activities (issue 15): places per partner (activity_quotas), registrations
-- confirmed while places remain and waitlisted after, timed offers when a place frees, answers to the
-- activity's questions, and attendance per session.
--
-- Places: an activity's capacity (null = unlimited) is shared as follows. An institution with a quota
-- holds exactly its quota's places (reserved for it, never more). Institutions without a quota share
-- what the quotas leave: capacity minus the sum of all quotas. private.has_free_place says which.
--
-- States change only through the service (private.is_system()): people have no insert, update or delete
-- on registrations or their answers. The service locks the activity row (for update) before it counts
-- places, so two registrations for the last place are taken one after the other: never overbooked.

do $$ begin
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'public' and t.typname = 'registration_state') then
    create type public.registration_state as enum ('confirmed', 'waitlisted', 'offered', 'cancelled', 'declined', 'expired');
  end if;
end $$;

-- ---------------------------------------------------------------- quotas per partner
create table public.activity_quotas (
  activity_id uuid not null references public.activities (id) on delete cascade,
  institution_id uuid not null references public.institutions (id) on delete cascade,
  places integer not null check (places between 0 and 100000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (activity_id, institution_id)
);
alter table public.activity_quotas enable row level security;
create trigger activity_quotas_audit after insert or update or delete on public.activity_quotas
  for each row execute function private.audit_row_change();

-- ---------------------------------------------------------------- registrations
-- The waitlist's order: one sequence for every activity, so a later registration always waits behind.
create sequence public.registration_position_seq;
grant usage on sequence public.registration_position_seq to service_role;

create table public.registrations (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references public.activities (id) on delete cascade,
  person_id uuid not null references public.profiles (id) on delete cascade,
  -- The institution whose places the registration counts against (the person's).
  institution_id uuid not null references public.institutions (id),
  state public.registration_state not null,
  position bigint not null default nextval('public.registration_position_seq'),
  offered_at timestamptz,
  offer_expires_at timestamptz,
  -- Who registered: the person, or their institution's office for a group registration.
  registered_by uuid references public.profiles (id) on delete set null,
  -- Shown as a QR code at the door; 64 random bits.
  checkin_code text not null unique default upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16))
    check (checkin_code ~ '^[A-Z0-9]{8,32}$'),
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (activity_id, person_id),
  check ((state = 'offered') = (offer_expires_at is not null))
);
alter table public.registrations enable row level security;
create trigger registrations_audit after insert or update or delete on public.registrations
  for each row execute function private.audit_row_change('checkin_code');
create index registrations_activity_idx on public.registrations (activity_id, state, position);
create index registrations_institution_idx on public.registrations (institution_id, activity_id);
create index registrations_person_idx on public.registrations (person_id);

-- Answers to the activity's questions (dietary needs, visa letter, accessibility): health-adjacent, so only
-- the person and the organisers read them (not the person's office), and the audit log keeps no values.
create table public.registration_answers (
  registration_id uuid primary key references public.registrations (id) on delete cascade,
  answers jsonb not null default '{}' check (jsonb_typeof(answers) = 'object'),
  updated_at timestamptz not null default now()
);
alter table public.registration_answers enable row level security;
create trigger registration_answers_audit after insert or update or delete on public.registration_answers
  for each row execute function private.audit_row_change('answers');

create table public.attendance (
  registration_id uuid not null references public.registrations (id) on delete cascade,
  session_id uuid not null references public.activity_sessions (id) on delete cascade,
  checked_in_at timestamptz not null default now(),
  checked_in_by uuid default auth.uid() references public.profiles (id) on delete set null,
  primary key (registration_id, session_id)
);
alter table public.attendance enable row level security;
create trigger attendance_audit after insert or update or delete on public.attendance
  for each row execute function private.audit_row_change();

-- Places holding states: a confirmed registration and an open offer each hold one place.
create or replace function private.holds_place(s public.registration_state) returns boolean
language sql immutable set search_path = '' as $$ select s in ('confirmed', 'offered') $$;

-- Whether one more place can go to someone of `inst` in activity `act`, by the rule above.
-- The caller has locked the activity row, so the counts cannot change under it.
create or replace function private.has_free_place(act uuid, inst uuid) returns boolean
language plpgsql stable security definer set search_path = '' as $$
declare
  cap integer;
  held integer;
  quota integer;
  quota_total integer;
begin
  select a.capacity into cap from public.activities a where a.id = act;
  select count(*) into held from public.registrations r where r.activity_id = act and private.holds_place(r.state);
  if cap is not null and held >= cap then return false; end if;
  select coalesce(sum(q.places), 0), max(q.places) filter (where q.institution_id = inst)
    into quota_total, quota from public.activity_quotas q where q.activity_id = act;
  if quota is not null then
    return (select count(*) from public.registrations r
            where r.activity_id = act and r.institution_id = inst and private.holds_place(r.state)) < quota;
  end if;
  if cap is null then return true; end if;
  -- Without a quota of its own: the shared remainder, less what other quota-less institutions hold.
  return (select count(*) from public.registrations r
          where r.activity_id = act and private.holds_place(r.state)
            and not exists (select 1 from public.activity_quotas q where q.activity_id = act and q.institution_id = r.institution_id))
    < cap - quota_total;
end $$;
revoke execute on function private.has_free_place(uuid, uuid) from public, anon, authenticated;
grant execute on function private.has_free_place(uuid, uuid) to service_role;

-- Who sees a registration: the person; staff of the institution it counts against; the organisers.
create or replace function private.can_see_registration(reg uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.registrations r where r.id = reg and (
      r.person_id = (select auth.uid()) or private.is_staff_of(r.institution_id) or private.can_manage_activity(r.activity_id)))
$$;
-- Answers: the person and the organisers only.
create or replace function private.can_read_answers(reg uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.registrations r where r.id = reg and (
      r.person_id = (select auth.uid()) or private.can_manage_activity(r.activity_id)))
$$;
create or replace function private.can_manage_registration_activity(reg uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.registrations r where r.id = reg and private.can_manage_activity(r.activity_id))
$$;
grant execute on function private.can_see_registration(uuid), private.can_read_answers(uuid),
  private.can_manage_registration_activity(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------- policies
create policy activity_quotas_select on public.activity_quotas for select to authenticated
  using (private.is_activity_visible(activity_id));
create policy activity_quotas_insert on public.activity_quotas for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy activity_quotas_update on public.activity_quotas for update to authenticated
  using (private.can_manage_activity(activity_id)) with check (private.can_manage_activity(activity_id));
create policy activity_quotas_delete on public.activity_quotas for delete to authenticated
  using (private.can_manage_activity(activity_id));
revoke update on public.activity_quotas from anon, authenticated;
grant update (places, updated_at) on public.activity_quotas to authenticated;

create policy registrations_select on public.registrations for select to authenticated
  using (person_id = (select auth.uid()) or private.is_staff_of(institution_id) or private.can_manage_activity(activity_id));
-- No insert, update or delete policy for people: the service registers, offers, confirms and cancels.
revoke insert, update, delete on public.registrations from anon, authenticated;

create policy registration_answers_select on public.registration_answers for select to authenticated
  using (private.can_read_answers(registration_id));
revoke insert, update, delete on public.registration_answers from anon, authenticated;

create policy attendance_select on public.attendance for select to authenticated
  using (private.can_see_registration(registration_id));
create policy attendance_insert on public.attendance for insert to authenticated
  with check (checked_in_by = (select auth.uid()) and private.can_manage_registration_activity(registration_id));
create policy attendance_delete on public.attendance for delete to authenticated
  using (private.can_manage_registration_activity(registration_id));
revoke update on public.attendance from anon, authenticated;

-- ---------------------------------------------------------------- guards
-- A quota goes to an invited or organising institution, and all quotas together stay within the capacity.
create or replace function private.guard_activity_quota() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  cap integer;
  total integer;
begin
  if new.activity_id is distinct from old.activity_id or new.institution_id is distinct from old.institution_id then
    if tg_op = 'UPDATE' then raise exception 'a quota keeps its activity and institution' using errcode = '42501'; end if;
  end if;
  if not exists (select 1 from public.activity_invitees i where i.activity_id = new.activity_id and i.institution_id = new.institution_id)
    and not exists (select 1 from public.activity_organisers o where o.activity_id = new.activity_id and o.institution_id = new.institution_id) then
    raise exception 'quotas go to invited or organising institutions' using errcode = '23514';
  end if;
  select a.capacity into cap from public.activities a where a.id = new.activity_id for update;
  select coalesce(sum(q.places), 0) into total from public.activity_quotas q
    where q.activity_id = new.activity_id and q.institution_id <> new.institution_id;
  if cap is not null and total + new.places > cap then
    raise exception 'quotas beyond the activity''s % places', cap using errcode = '23514';
  end if;
  return new;
end $$;
create trigger activity_quotas_guard before insert or update on public.activity_quotas
  for each row execute function private.guard_activity_quota();

-- Registrations and answers are written by the service alone, whatever a later grant may allow. A delete
-- cascading from the activity, the person or the registration is that parent's delete, already allowed.
create or replace function private.guard_registration() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' and (not exists (select 1 from public.activities a where a.id = old.activity_id)
    or not exists (select 1 from public.profiles p where p.id = old.person_id)) then
    return old;
  end if;
  if not private.is_system() then
    raise exception 'registrations change only through the service' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and (new.activity_id is distinct from old.activity_id or new.person_id is distinct from old.person_id
    or new.checkin_code is distinct from old.checkin_code) then
    raise exception 'a registration keeps its activity, person and code' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
create trigger registrations_guard before insert or update or delete on public.registrations
  for each row execute function private.guard_registration();

create or replace function private.guard_registration_answers() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' and not exists (select 1 from public.registrations r where r.id = old.registration_id) then
    return old;
  end if;
  if not private.is_system() then
    raise exception 'answers change only through the service' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
create trigger registration_answers_guard before insert or update or delete on public.registration_answers
  for each row execute function private.guard_registration_answers();

-- Attendance: only for a confirmed registration, at a session of its activity.
create or replace function private.guard_attendance() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not exists (select 1 from public.registrations r join public.activity_sessions s on s.activity_id = r.activity_id
                 where r.id = new.registration_id and s.id = new.session_id and r.state = 'confirmed') then
    raise exception 'attendance is for a confirmed registration at a session of its activity' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger attendance_guard before insert on public.attendance
  for each row execute function private.guard_attendance();

-- Reminders sent (registration, days before): a reminder goes once, however often its job runs.
create table public.registration_reminders (
  registration_id uuid not null references public.registrations (id) on delete cascade,
  days integer not null check (days between 0 and 365),
  sent_at timestamptz not null default now(),
  primary key (registration_id, days)
);
alter table public.registration_reminders enable row level security;
create policy registration_reminders_select on public.registration_reminders for select to authenticated
  using (private.can_see_registration(registration_id));
revoke insert, update, delete on public.registration_reminders from anon, authenticated;

revoke execute on function private.guard_activity_quota(), private.guard_registration(), private.guard_registration_answers(), private.guard_attendance()
  from public, anon, authenticated;
