-- Governance: bodies (council, executive committee, secretariat, working groups), their members,
-- meetings with agenda, minutes, files and decisions; member institutions and join requests;
-- in-app notifications.

create type public.body_kind as enum ('council', 'executive_committee', 'secretariat', 'working_group');
create type public.decision_status as enum ('open', 'done');
create type public.institution_membership_status as enum ('member', 'suspended', 'left');
create type public.join_request_status as enum ('pending', 'approved', 'rejected');

-- ---------------------------------------------------------------- member institutions
alter table public.institutions
  add column membership_status public.institution_membership_status not null default 'member',
  add column member_since date not null default current_date,
  add column member_until date;

-- Anyone who belongs to some member institution (any role) is a community member.
create or replace function public.is_community_member() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()))
$$;

-- ---------------------------------------------------------------- bodies and their members
create table public.governance_bodies (
  id uuid primary key default gen_random_uuid(),
  kind public.body_kind not null,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  mandate jsonb not null default '{}' check (public.is_locale_map(mandate)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.governance_bodies enable row level security;
create trigger governance_bodies_audit after insert or update or delete on public.governance_bodies
  for each row execute function public.audit_row_change();

create table public.body_members (
  id uuid primary key default gen_random_uuid(),
  body_id uuid not null references public.governance_bodies (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  institution_id uuid not null references public.institutions (id) on delete cascade,
  position jsonb not null check (public.is_locale_map(position) and position <> '{}'::jsonb),
  term_start date not null,
  term_end date check (term_end is null or term_end >= term_start),
  created_at timestamptz not null default now()
);
alter table public.body_members enable row level security;
create trigger body_members_audit after insert or update or delete on public.body_members
  for each row execute function public.audit_row_change();
create index body_members_body_idx on public.body_members (body_id);
create index body_members_user_idx on public.body_members (user_id);

-- A member whose term has not ended.
create or replace function public.is_body_member(body uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.body_members b
    where b.body_id = body and b.user_id = (select auth.uid())
      and b.term_start <= current_date and (b.term_end is null or b.term_end >= current_date)
  )
$$;

-- ---------------------------------------------------------------- meetings
create table public.meetings (
  id uuid primary key default gen_random_uuid(),
  body_id uuid not null references public.governance_bodies (id) on delete cascade,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  starts_at timestamptz not null,
  time_zone text not null check (char_length(time_zone) between 1 and 64),
  duration_minutes integer not null default 120 check (duration_minutes between 5 and 1440),
  location jsonb not null default '{}' check (public.is_locale_map(location)),
  agenda jsonb not null default '{}' check (public.is_locale_map(agenda)),
  minutes jsonb not null default '{}' check (public.is_locale_map(minutes)),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.meetings enable row level security;
create trigger meetings_audit after insert or update or delete on public.meetings
  for each row execute function public.audit_row_change();
create index meetings_body_idx on public.meetings (body_id, starts_at desc);

create or replace function public.can_see_meeting(meeting uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_secretariat() or exists (
    select 1 from public.meetings mt where mt.id = meeting and public.is_body_member(mt.body_id)
  )
$$;

create table public.meeting_files (
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  file_id uuid not null references public.files (id) on delete cascade,
  added_by uuid default auth.uid() references public.profiles (id) on delete set null,
  added_at timestamptz not null default now(),
  primary key (meeting_id, file_id)
);
alter table public.meeting_files enable row level security;
create trigger meeting_files_audit after insert or update or delete on public.meeting_files
  for each row execute function public.audit_row_change();

create table public.meeting_decisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  text jsonb not null check (public.is_locale_map(text) and text <> '{}'::jsonb),
  status public.decision_status not null default 'open',
  owner_id uuid references public.profiles (id) on delete set null,
  due_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.meeting_decisions enable row level security;
create trigger meeting_decisions_audit after insert or update or delete on public.meeting_decisions
  for each row execute function public.audit_row_change();
create index meeting_decisions_meeting_idx on public.meeting_decisions (meeting_id);

-- ---------------------------------------------------------------- join requests
create table public.join_requests (
  id uuid primary key default gen_random_uuid(),
  requested_by uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  kind public.institution_kind not null,
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  city jsonb not null default '{}' check (public.is_locale_map(city)),
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  description jsonb not null default '{}' check (public.is_locale_map(description)),
  motivation jsonb not null default '{}' check (public.is_locale_map(motivation)),
  website text check (website is null or website ~ '^https?://'),
  status public.join_request_status not null default 'pending',
  decided_by uuid references public.profiles (id) on delete set null,
  decided_at timestamptz,
  decision_reason text check (decision_reason is null or char_length(decision_reason) <= 2000),
  institution_id uuid references public.institutions (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.join_requests enable row level security;
create trigger join_requests_audit after insert or update or delete on public.join_requests
  for each row execute function public.audit_row_change();
create index join_requests_status_idx on public.join_requests (status, created_at desc);

-- ---------------------------------------------------------------- notifications
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null check (kind ~ '^[a-zA-Z]+(\.[a-zA-Z]+)*$'),
  params jsonb not null default '{}',
  link text check (link is null or link ~ '^/'),
  created_at timestamptz not null default now(),
  read_at timestamptz
);
alter table public.notifications enable row level security;
create index notifications_user_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;
-- Not audited by trigger: they are copies of audited events. Reading one is not a state change of the portal.

-- ---------------------------------------------------------------- policies
-- Bodies and who sits on them are visible to the whole community; the secretariat manages them.
create policy governance_bodies_select on public.governance_bodies for select to authenticated
  using (public.is_community_member());
create policy governance_bodies_insert on public.governance_bodies for insert to authenticated
  with check (public.is_secretariat());
create policy governance_bodies_update on public.governance_bodies for update to authenticated
  using (public.is_secretariat()) with check (public.is_secretariat());
create policy governance_bodies_delete on public.governance_bodies for delete to authenticated
  using (public.is_secretariat());

create policy body_members_select on public.body_members for select to authenticated
  using (public.is_community_member());
create policy body_members_insert on public.body_members for insert to authenticated
  with check (public.is_secretariat());
create policy body_members_update on public.body_members for update to authenticated
  using (public.is_secretariat()) with check (public.is_secretariat());
create policy body_members_delete on public.body_members for delete to authenticated
  using (public.is_secretariat());

-- Meetings, their files and decisions: the body's current members and the secretariat; never the public.
create policy meetings_select on public.meetings for select to authenticated
  using (public.is_body_member(body_id) or public.is_secretariat());
create policy meetings_insert on public.meetings for insert to authenticated
  with check (created_by = (select auth.uid()) and (public.is_body_member(body_id) or public.is_secretariat()));
create policy meetings_update on public.meetings for update to authenticated
  using (public.is_body_member(body_id) or public.is_secretariat())
  with check (public.is_body_member(body_id) or public.is_secretariat());
create policy meetings_delete on public.meetings for delete to authenticated
  using (public.is_secretariat());

create policy meeting_files_select on public.meeting_files for select to authenticated
  using (public.can_see_meeting(meeting_id));
create policy meeting_files_insert on public.meeting_files for insert to authenticated
  with check (added_by = (select auth.uid()) and public.can_see_meeting(meeting_id)
    and exists (select 1 from public.files f where f.id = file_id and f.owner_id = (select auth.uid())));
create policy meeting_files_delete on public.meeting_files for delete to authenticated
  using (added_by = (select auth.uid()) or public.is_secretariat());

create policy meeting_decisions_select on public.meeting_decisions for select to authenticated
  using (public.can_see_meeting(meeting_id));
create policy meeting_decisions_insert on public.meeting_decisions for insert to authenticated
  with check (public.can_see_meeting(meeting_id));
create policy meeting_decisions_update on public.meeting_decisions for update to authenticated
  using (public.can_see_meeting(meeting_id)) with check (public.can_see_meeting(meeting_id));

-- Files attached to a meeting are readable by whoever sees the meeting.
create policy files_select_meeting on public.files for select to authenticated
  using (exists (select 1 from public.meeting_files mf where mf.file_id = files.id));

-- Join requests: the requester files and reads their own; only the secretariat decides.
create policy join_requests_select on public.join_requests for select to authenticated
  using (requested_by = (select auth.uid()) or public.is_secretariat());
create policy join_requests_insert on public.join_requests for insert to authenticated
  with check (requested_by = (select auth.uid()) and status = 'pending' and decided_by is null and decided_at is null
    and decision_reason is null and institution_id is null);
create policy join_requests_update on public.join_requests for update to authenticated
  using (public.is_secretariat()) with check (public.is_secretariat());

-- Notifications: written by the service path; a person reads and marks read only their own.
create policy notifications_select on public.notifications for select to authenticated
  using (user_id = (select auth.uid()));
create policy notifications_update on public.notifications for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
revoke insert, update, delete on public.notifications from anon, authenticated;
grant update (read_at) on public.notifications to authenticated;

-- Only the secretariat changes a member institution's status (staff edit its profile, not its standing).
create policy institutions_status_by_secretariat on public.institutions as restrictive for update to authenticated
  using (true) with check (
    public.is_secretariat() or exists (
      select 1 from public.institutions i where i.id = institutions.id and i.membership_status = institutions.membership_status
        and i.member_since = institutions.member_since and i.member_until is not distinct from institutions.member_until));

-- An institution's logo is public, like the rest of its partner page.
create policy files_select_logo on public.files for select to anon, authenticated
  using (exists (select 1 from public.institutions i where i.logo_file_id = files.id));
