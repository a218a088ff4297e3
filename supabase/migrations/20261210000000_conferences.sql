-- Academic conferences (issue 17): a conference is an activity of kind 'conference' (registration, waitlist, check-in
-- and iCal come from there); this adds the call for abstracts, submissions with their authors, review with conflicts of
-- interest and an anonymised phase, and decisions. The programme (rooms, sessions, slots) is in the next migration.
--
-- Lifecycle of a submission: shared/conferences/lifecycle.ts, copied into conference_submission_transitions (a db test
-- keeps them equal) and enforced by the guard on conference_submissions.
--
-- Who sees what:
--  * chairs (whoever manages the activity, and the conference's named chairs) see everything of their conference;
--  * authors see their submissions, their co-authors, the decision and, once decided, the reviewers' comments to authors
--    (private.review_comments_for_author), never a reviewer's name or comment to the chair;
--  * a reviewer sees a submission only through an assignment and never one they are in conflict with
--    (private.has_review_conflict), even if an assignment exists;
--  * identity is a column rule: a submission row names nobody (no submitter column); who wrote it is only in
--    submission_authors, which a reviewer cannot read while the conference's anonymised phase lasts; an author's email
--    column is granted to nobody (authors and chairs read it through private.submission_author_emails);
--  * once the programme is published, scheduled submissions and their authors are public (the programme, speaker pages).

-- ---------------------------------------------------------------- the call
create table public.conferences (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null unique references public.activities (id) on delete cascade,
  call_text jsonb not null default '{}' check (public.is_locale_map(call_text) and pg_column_size(call_text) <= 200000),
  -- The locales a title and abstract may be written in (empty: any of the ten).
  submission_languages text[] not null default '{}' check (submission_languages <@ public.locale_codes()),
  submission_types text[] not null default '{talk,poster}'
    check (cardinality(submission_types) >= 1 and submission_types <@ array['talk', 'poster', 'workshop', 'panel']),
  word_limit integer not null default 300 check (word_limit between 50 and 5000),
  -- Submissions are written and edited until this instant (null: the call is not open); shown in the activity's zone.
  submission_deadline timestamptz,
  review_mode text not null default 'anonymised_then_open' check (review_mode in ('anonymised_then_open', 'open')),
  -- In 'anonymised_then_open' the anonymised phase lasts until this instant (null: until a chair sets it).
  identities_revealed_at timestamptz,
  review_criteria text[] not null default '{relevance,originality,clarity,overall}'
    check (cardinality(review_criteria) between 1 and 12 and array_to_string(review_criteria, ',') ~ '^[a-z_]{1,40}(,[a-z_]{1,40})*$'),
  -- A declared co-authorship within this many years is a conflict of interest.
  coauthor_lookback_years integer not null default 3 check (coauthor_lookback_years between 0 and 30),
  programme_published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.conferences enable row level security;

create table public.conference_chairs (
  conference_id uuid not null references public.conferences (id) on delete cascade,
  person_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (conference_id, person_id)
);
alter table public.conference_chairs enable row level security;
create index conference_chairs_person_idx on public.conference_chairs (person_id);

create table public.conference_tracks (
  id uuid primary key default gen_random_uuid(),
  conference_id uuid not null references public.conferences (id) on delete cascade,
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  -- Topic keywords of the track, matched against reviewers' topics when suggesting reviewers.
  topics text[] not null default '{}' check (cardinality(topics) <= 30),
  position integer not null default 0 check (position between 0 and 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.conference_tracks enable row level security;
create index conference_tracks_conference_idx on public.conference_tracks (conference_id, position);

-- ---------------------------------------------------------------- submissions and authors
create table public.conference_submissions (
  id uuid primary key default gen_random_uuid(),
  conference_id uuid not null references public.conferences (id) on delete cascade,
  track_id uuid references public.conference_tracks (id) on delete set null,
  type text not null check (type in ('talk', 'poster', 'workshop', 'panel')),
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb and pg_column_size(title) <= 20000),
  abstract jsonb not null default '{}' check (public.is_locale_map(abstract) and pg_column_size(abstract) <= 400000),
  keywords text[] not null default '{}'
    check (cardinality(keywords) <= 12 and char_length(array_to_string(keywords, '')) <= 12 * 60),
  presentation_language text not null check (presentation_language ~ '^[a-z]{2,3}$'),
  file_id uuid references public.files (id) on delete set null,
  camera_ready_file_id uuid references public.files (id) on delete set null,
  state text not null default 'draft' check (state in ('draft', 'submitted', 'under_review', 'accepted',
    'accepted_with_revisions', 'rejected', 'camera_ready', 'scheduled', 'withdrawn')),
  accepted_type text check (accepted_type in ('talk', 'poster')),
  submitted_at timestamptz,
  withdrawn_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.conference_submissions enable row level security;
create index conference_submissions_conference_idx on public.conference_submissions (conference_id, state);

-- The authors, in order; the submitter is one of them (is_submitter). A co-author is a person of the portal or an
-- email invited to confirm; each names an institution (a member, or its name as written) and a country.
create table public.submission_authors (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid not null references public.conference_submissions (id) on delete cascade,
  person_id uuid references public.profiles (id) on delete set null,
  email text check (email ~ '^[^@\s]+@[^@\s]+$' and char_length(email) <= 320),
  display_name text not null check (char_length(btrim(display_name)) between 1 and 200),
  institution_id uuid references public.institutions (id) on delete set null,
  institution_name text check (char_length(institution_name) <= 300),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  position integer not null default 1 check (position between 1 and 100),
  is_submitter boolean not null default false,
  is_presenter boolean not null default false,
  confirmed_at timestamptz,
  -- SHA-256 of the secret in an invited co-author's confirmation link.
  invite_token_hash text unique check (invite_token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (person_id is not null or email is not null),
  check (institution_id is not null or coalesce(btrim(institution_name), '') <> '')
);
alter table public.submission_authors enable row level security;
create unique index submission_authors_person_uniq on public.submission_authors (submission_id, person_id) where person_id is not null;
create unique index submission_authors_email_uniq on public.submission_authors (submission_id, lower(email)) where email is not null;
create unique index submission_authors_submitter_uniq on public.submission_authors (submission_id) where is_submitter;
create index submission_authors_person_idx on public.submission_authors (person_id);
create index submission_authors_institution_idx on public.submission_authors (institution_id);

-- ---------------------------------------------------------------- reviewers and conflicts of interest
create table public.conference_reviewers (
  id uuid primary key default gen_random_uuid(),
  conference_id uuid not null references public.conferences (id) on delete cascade,
  -- A person of the directory, or (until they accept with the mailed link) an email.
  person_id uuid references public.profiles (id) on delete cascade,
  email text check (email ~ '^[^@\s]+@[^@\s]+$' and char_length(email) <= 320),
  state text not null default 'invited' check (state in ('invited', 'accepted', 'declined')),
  track_ids uuid[] not null default '{}' check (cardinality(track_ids) <= 50),
  topics text[] not null default '{}' check (cardinality(topics) <= 30),
  invite_token_hash text unique check (invite_token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid default auth.uid() references public.profiles (id) on delete set null,
  responded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (person_id is not null or email is not null),
  check (state = 'invited' or person_id is not null)
);
alter table public.conference_reviewers enable row level security;
create unique index conference_reviewers_person_uniq on public.conference_reviewers (conference_id, person_id) where person_id is not null;
create unique index conference_reviewers_email_uniq on public.conference_reviewers (conference_id, lower(email)) where email is not null;
create index conference_reviewers_person_idx on public.conference_reviewers (person_id);

-- A conflict a reviewer (or a chair for them) declares: with a person, an institution, or one submission.
create table public.reviewer_conflicts (
  id uuid primary key default gen_random_uuid(),
  reviewer_id uuid not null references public.conference_reviewers (id) on delete cascade,
  person_id uuid references public.profiles (id) on delete cascade,
  institution_id uuid references public.institutions (id) on delete cascade,
  submission_id uuid references public.conference_submissions (id) on delete cascade,
  reason text check (char_length(reason) <= 1000),
  declared_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  check (num_nonnulls(person_id, institution_id, submission_id) = 1)
);
alter table public.reviewer_conflicts enable row level security;
create index reviewer_conflicts_reviewer_idx on public.reviewer_conflicts (reviewer_id);

-- Co-authorship a person declares (a fact about two people, whatever the conference): the last year they published together.
create table public.coauthorships (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references public.profiles (id) on delete cascade,
  coauthor_id uuid not null references public.profiles (id) on delete cascade,
  year integer not null check (year between 1950 and 2100),
  created_at timestamptz not null default now(),
  check (person_id <> coauthor_id),
  unique (person_id, coauthor_id, year)
);
alter table public.coauthorships enable row level security;
create index coauthorships_coauthor_idx on public.coauthorships (coauthor_id);

create table public.review_assignments (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid not null references public.conference_submissions (id) on delete cascade,
  reviewer_id uuid not null references public.conference_reviewers (id) on delete cascade,
  assigned_by uuid default auth.uid() references public.profiles (id) on delete set null,
  due_at timestamptz,
  created_at timestamptz not null default now(),
  unique (submission_id, reviewer_id)
);
alter table public.review_assignments enable row level security;
create index review_assignments_reviewer_idx on public.review_assignments (reviewer_id);

create table public.reviews (
  id uuid primary key default gen_random_uuid(),
  assignment_id uuid not null unique references public.review_assignments (id) on delete cascade,
  -- One integer 1–5 per criterion of the conference (review_criteria); all of them once submitted.
  scores jsonb not null default '{}' check (jsonb_typeof(scores) = 'object'),
  comment_to_authors text not null default '' check (char_length(comment_to_authors) <= 20000),
  comment_to_chair text not null default '' check (char_length(comment_to_chair) <= 20000),
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.reviews enable row level security;

create table public.conference_decisions (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid not null unique references public.conference_submissions (id) on delete cascade,
  outcome text not null check (outcome in ('accept', 'accept_with_revisions', 'reject')),
  accepted_type text check (accepted_type in ('talk', 'poster')),
  note_to_authors text not null default '' check (char_length(note_to_authors) <= 20000),
  decided_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  check ((outcome = 'reject') = (accepted_type is null))
);
alter table public.conference_decisions enable row level security;

-- ---------------------------------------------------------------- the lifecycle table
create table public.conference_submission_transitions (
  action text not null,
  from_state text not null,
  to_state text not null,
  side text not null check (side in ('author', 'chair')),
  primary key (action, from_state)
);
alter table public.conference_submission_transitions enable row level security;
create policy conference_submission_transitions_select on public.conference_submission_transitions
  for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.conference_submission_transitions from anon, authenticated;
insert into public.conference_submission_transitions (action, from_state, to_state, side) values
  ('submit', 'draft', 'submitted', 'author'),
  ('withdraw', 'draft', 'withdrawn', 'author'),
  ('withdraw', 'submitted', 'withdrawn', 'author'),
  ('withdraw', 'under_review', 'withdrawn', 'author'),
  ('start_review', 'submitted', 'under_review', 'chair'),
  ('accept', 'under_review', 'accepted', 'chair'),
  ('accept_with_revisions', 'under_review', 'accepted_with_revisions', 'chair'),
  ('reject', 'under_review', 'rejected', 'chair'),
  ('upload_camera_ready', 'accepted', 'camera_ready', 'author'),
  ('upload_camera_ready', 'accepted_with_revisions', 'camera_ready', 'author'),
  ('schedule', 'camera_ready', 'scheduled', 'chair'),
  ('unschedule', 'scheduled', 'camera_ready', 'chair');

-- ---------------------------------------------------------------- helpers
create or replace function private.is_conference_chair(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conferences c where c.id = conf and (
    private.can_manage_activity(c.activity_id)
    or exists (select 1 from public.conference_chairs ch where ch.conference_id = c.id and ch.person_id = (select auth.uid()))))
$$;
create or replace function private.is_conference_visible(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conferences c where c.id = conf and private.is_activity_visible(c.activity_id))
$$;
create or replace function private.submission_conference(sub uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select s.conference_id from public.conference_submissions s where s.id = sub
$$;
create or replace function private.can_chair_submission(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_conference_chair(private.submission_conference(sub))
$$;
create or replace function private.is_submission_author(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.submission_authors a where a.submission_id = sub and a.person_id = (select auth.uid()))
$$;
-- Whether no one has yet claimed a submission as its submitter (the first author row of a new submission).
create or replace function private.submission_has_no_submitter(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conference_submissions s where s.id = sub)
    and not exists (select 1 from public.submission_authors a where a.submission_id = sub and a.is_submitter)
$$;
-- The call takes and edits submissions while the activity is public and the deadline (database clock) lies ahead.
create or replace function private.is_call_open(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conferences c join public.activities a on a.id = c.activity_id
    where c.id = conf and c.submission_deadline is not null and now() < c.submission_deadline
      and a.state in ('published', 'registration_open', 'closed'))
$$;
create or replace function private.is_anonymised_phase(conf uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conferences c where c.id = conf and c.review_mode = 'anonymised_then_open'
    and (c.identities_revealed_at is null or now() < c.identities_revealed_at))
$$;

-- Every reason a person may not review a submission (empty: none). Kinds:
--   author       the person is one of its authors;
--   institution  the person is a member of an institution an author names or belongs to;
--   coauthor     a co-authorship with an author was declared (either way) within the conference's lookback years;
--   declared     the person, as reviewer of the conference, declared a conflict with the submission, an author or
--                an author's institution.
-- Only the service, the conference's chairs and the person themself learn the answer; anyone else reads 'unknown',
-- which counts as a conflict.
create or replace function private.review_conflicts(person uuid, sub uuid) returns text[]
language sql stable security definer set search_path = '' as $$
  with s as (
    select s.id, s.conference_id, c.coauthor_lookback_years as years
    from public.conference_submissions s join public.conferences c on c.id = s.conference_id where s.id = sub
  ), authors as (
    select a.person_id, a.institution_id from public.submission_authors a where a.submission_id = sub
  ), author_institutions as (
    select institution_id from authors where institution_id is not null
    union select m.institution_id from public.memberships m join authors au on au.person_id = m.user_id
  ), mine as (
    select r.id from public.conference_reviewers r join s on s.conference_id = r.conference_id where r.person_id = person
  )
  select case when not (private.is_system() or person = (select auth.uid()) or private.can_chair_submission(sub))
    then array['unknown'] else array_remove(array[
      case when exists (select 1 from authors where authors.person_id = person) then 'author' end,
      case when exists (select 1 from public.memberships m join author_institutions ai on ai.institution_id = m.institution_id
                        where m.user_id = person) then 'institution' end,
      case when exists (select 1 from public.coauthorships ca join authors au
                          on (ca.person_id = person and ca.coauthor_id = au.person_id) or (ca.coauthor_id = person and ca.person_id = au.person_id)
                        cross join s
                        where ca.year >= extract(year from now())::int - s.years) then 'coauthor' end,
      case when exists (select 1 from public.reviewer_conflicts rc join mine on mine.id = rc.reviewer_id
                        where rc.submission_id = sub
                          or rc.person_id in (select authors.person_id from authors)
                          or rc.institution_id in (select institution_id from author_institutions)) then 'declared' end
    ], null) end
$$;
create or replace function private.has_review_conflict(person uuid, sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select cardinality(private.review_conflicts(person, sub)) > 0
$$;
-- The signed-in person reviews this submission: an accepted reviewer of its conference, assigned to it, in no conflict.
create or replace function private.is_assigned_reviewer(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.review_assignments ra join public.conference_reviewers r on r.id = ra.reviewer_id
    where ra.submission_id = sub and r.person_id = (select auth.uid()) and r.state = 'accepted')
    and not private.has_review_conflict((select auth.uid()), sub)
$$;
create or replace function private.is_own_assignment(assignment uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.review_assignments ra join public.conference_reviewers r on r.id = ra.reviewer_id
    where ra.id = assignment and r.person_id = (select auth.uid()) and r.state = 'accepted'
      and not private.has_review_conflict((select auth.uid()), ra.submission_id))
$$;
create or replace function private.assignment_submission(assignment uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select ra.submission_id from public.review_assignments ra where ra.id = assignment
$$;
-- Part of the published programme: scheduled, programme published, the activity public.
create or replace function private.is_submission_public(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conference_submissions s join public.conferences c on c.id = s.conference_id
    where s.id = sub and s.state = 'scheduled' and c.programme_published_at is not null and private.is_activity_visible(c.activity_id))
$$;
create or replace function private.can_read_submission(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_submission_author(sub) or private.can_chair_submission(sub) or private.is_assigned_reviewer(sub)
    or private.is_submission_public(sub)
$$;
-- Authors and their institutions: the authors and chairs; a reviewer only outside the anonymised phase; everyone once public.
create or replace function private.can_read_submission_authors(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.is_submission_author(sub) or private.can_chair_submission(sub) or private.is_submission_public(sub)
    or (private.is_assigned_reviewer(sub) and not private.is_anonymised_phase(private.submission_conference(sub)))
$$;
create or replace function private.is_reviewer_self(reviewer uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.conference_reviewers r where r.id = reviewer and r.person_id = (select auth.uid()))
$$;
create or replace function private.reviewer_conference(reviewer uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select r.conference_id from public.conference_reviewers r where r.id = reviewer
$$;

-- What authors read of their reviews once the decision is made: each comment to authors, unsigned.
create or replace function private.review_comments_for_author(sub uuid)
returns table (scores jsonb, comment_to_authors text)
language sql stable security definer set search_path = '' as $$
  select rv.scores, rv.comment_to_authors from public.reviews rv join public.review_assignments ra on ra.id = rv.assignment_id
  where ra.submission_id = sub and rv.submitted_at is not null
    and exists (select 1 from public.conference_decisions d where d.submission_id = sub)
    and (private.is_submission_author(sub) or private.can_chair_submission(sub) or private.is_system())
  order by rv.submitted_at
$$;

-- Reviewers for a submission, best first: topic matches (the submission's track and keywords against the reviewer's tracks
-- and topics), then fewest assignments; people in conflict and reviewers who have not accepted are left out. Chairs only.
create or replace function private.suggest_reviewers(sub uuid)
returns table (reviewer_id uuid, person_id uuid, topic_score integer, load integer)
language sql stable security definer set search_path = '' as $$
  select r.id, r.person_id,
    ((case when s.track_id is not null and s.track_id = any (r.track_ids) then 2 else 0 end)
      + (select count(*) from unnest(r.topics) t where lower(t) in (select lower(k) from unnest(s.keywords || coalesce(tr.topics, '{}')) k)))::int,
    (select count(*) from public.review_assignments ra where ra.reviewer_id = r.id)::int as load
  from public.conference_submissions s
  join public.conference_reviewers r on r.conference_id = s.conference_id and r.state = 'accepted'
  left join public.conference_tracks tr on tr.id = s.track_id
  where s.id = sub and private.can_chair_submission(sub)
    and not private.has_review_conflict(r.person_id, sub)
    and not exists (select 1 from public.review_assignments ra where ra.reviewer_id = r.id and ra.submission_id = sub)
  order by 3 desc, 4 asc, r.created_at
$$;

-- Scores: an object of the conference's criteria, each an integer from 1 to 5; complete when complete is true.
create or replace function private.valid_review_scores(scores jsonb, criteria text[], complete boolean) returns boolean
language sql immutable set search_path = '' as $$
  select jsonb_typeof(scores) = 'object'
    and not exists (select 1 from jsonb_each(scores) e(k, v)
      where e.k <> all (criteria) or jsonb_typeof(e.v) <> 'number' or e.v::text !~ '^[1-5]$')
    and (not complete or (select count(*) from jsonb_object_keys(scores)) = cardinality(criteria))
$$;

grant execute on function private.is_conference_chair(uuid), private.is_conference_visible(uuid), private.submission_conference(uuid),
  private.can_chair_submission(uuid), private.is_submission_author(uuid), private.submission_has_no_submitter(uuid),
  private.is_call_open(uuid), private.is_anonymised_phase(uuid), private.review_conflicts(uuid, uuid),
  private.has_review_conflict(uuid, uuid), private.is_assigned_reviewer(uuid), private.is_own_assignment(uuid),
  private.assignment_submission(uuid), private.is_submission_public(uuid), private.can_read_submission(uuid),
  private.can_read_submission_authors(uuid), private.is_reviewer_self(uuid), private.reviewer_conference(uuid),
  private.review_comments_for_author(uuid), private.suggest_reviewers(uuid), private.valid_review_scores(jsonb, text[], boolean)
  to anon, authenticated, service_role;

-- ---------------------------------------------------------------- guards
-- A conference is the academic side of an activity of kind 'conference'; it stays with it. The review mode is fixed
-- once reviewers are assigned (the anonymised phase ends by identities_revealed_at, not by switching modes).
create or replace function private.guard_conference() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' and not exists (select 1 from public.activities a where a.id = new.activity_id and a.kind = 'conference') then
    raise exception 'a conference belongs to an activity of kind conference' using errcode = '23514';
  end if;
  if private.is_system() then return new; end if;
  if tg_op = 'UPDATE' then
    if new.activity_id is distinct from old.activity_id then
      raise exception 'a conference stays with its activity' using errcode = '42501';
    end if;
    if new.review_mode is distinct from old.review_mode and exists (
      select 1 from public.review_assignments ra join public.conference_submissions s on s.id = ra.submission_id where s.conference_id = old.id) then
      raise exception 'the review mode is fixed once reviewers are assigned' using errcode = '42501';
    end if;
    if new.review_criteria is distinct from old.review_criteria and exists (
      select 1 from public.reviews rv join public.review_assignments ra on ra.id = rv.assignment_id
        join public.conference_submissions s on s.id = ra.submission_id where s.conference_id = old.id) then
      raise exception 'the review criteria are fixed once reviews exist' using errcode = '42501';
    end if;
    if new.programme_published_at is distinct from old.programme_published_at and new.programme_published_at is not null then
      new.programme_published_at := now();
    end if;
  elsif new.programme_published_at is not null then
    raise exception 'a programme is published once it exists' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger conferences_guard before insert or update on public.conferences
  for each row execute function private.guard_conference();

create or replace function private.guard_conference_track() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and new.conference_id is distinct from old.conference_id then
    raise exception 'a track stays with its conference' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger conference_tracks_guard before update on public.conference_tracks
  for each row execute function private.guard_conference_track();

-- Submissions: the content is written by its authors while the call is open (database clock) and the submission is a
-- draft or submitted; its state moves only along the transition table, by the transition's side; a decision comes first
-- for accept/reject, a camera-ready file for camera_ready, a slot in the programme for scheduled.
create or replace function private.guard_conference_submission() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  conf public.conferences;
  step public.conference_submission_transitions;
  decision public.conference_decisions;
  content_changed boolean;
  limit_chars integer;
begin
  select * into conf from public.conferences c where c.id = new.conference_id;
  limit_chars := conf.word_limit * 12;
  -- The database's backstop on length (a word limit of N allows 12·N characters per language, whatever the script); the
  -- service counts words per language with a word segmenter (shared/conferences/words.ts).
  if exists (select 1 from jsonb_each_text(new.abstract) e(k, v) where char_length(e.v) > limit_chars) then
    raise exception 'the abstract is longer than the call allows' using errcode = '23514';
  end if;
  if cardinality(conf.submission_languages) > 0 and exists (
    select 1 from jsonb_object_keys(new.title || new.abstract) k where k <> all (conf.submission_languages)) then
    raise exception 'a title or abstract is written in a language the call does not take' using errcode = '23514';
  end if;
  if new.track_id is not null and not exists (
    select 1 from public.conference_tracks t where t.id = new.track_id and t.conference_id = new.conference_id) then
    raise exception 'the track is one of the conference''s' using errcode = '23514';
  end if;
  if tg_op = 'INSERT' then
    if new.type <> all (conf.submission_types) then
      raise exception 'the call does not take this type of submission' using errcode = '23514';
    end if;
    if private.is_system() then return new; end if;
    if new.state <> 'draft' or new.submitted_at is not null or new.withdrawn_at is not null or new.accepted_type is not null
      or new.camera_ready_file_id is not null then
      raise exception 'a submission starts as a draft' using errcode = '42501';
    end if;
    if not private.is_call_open(new.conference_id) then
      raise exception 'the call for abstracts is closed' using errcode = '23514';
    end if;
    return new;
  end if;

  if new.conference_id is distinct from old.conference_id then
    raise exception 'a submission stays with its conference' using errcode = '42501';
  end if;
  if private.is_system() then return new; end if;
  content_changed := (new.track_id, new.type, new.title, new.abstract, new.keywords, new.presentation_language, new.file_id)
    is distinct from (old.track_id, old.type, old.title, old.abstract, old.keywords, old.presentation_language, old.file_id);
  if content_changed then
    if not private.is_submission_author(old.id) then
      raise exception 'only its authors edit a submission' using errcode = '42501';
    end if;
    if old.state not in ('draft', 'submitted') or not private.is_call_open(old.conference_id) then
      raise exception 'a submission is edited only before the deadline, until it is under review' using errcode = '23514';
    end if;
    if new.type is distinct from old.type and new.type <> all (conf.submission_types) then
      raise exception 'the call does not take this type of submission' using errcode = '23514';
    end if;
  end if;
  if new.camera_ready_file_id is distinct from old.camera_ready_file_id
    and not (private.is_submission_author(old.id) and old.state in ('accepted', 'accepted_with_revisions', 'camera_ready')) then
    raise exception 'the camera-ready file is its authors'', after acceptance' using errcode = '42501';
  end if;
  if (new.file_id is distinct from old.file_id and new.file_id is not null
      and not exists (select 1 from public.files f where f.id = new.file_id and f.owner_id = (select auth.uid())))
    or (new.camera_ready_file_id is distinct from old.camera_ready_file_id and new.camera_ready_file_id is not null
      and not exists (select 1 from public.files f where f.id = new.camera_ready_file_id and f.owner_id = (select auth.uid()))) then
    raise exception 'a submission attaches a file its author uploaded' using errcode = '42501';
  end if;

  if new.state is distinct from old.state then
    select * into step from public.conference_submission_transitions t where t.from_state = old.state and t.to_state = new.state;
    if not found or (step.side = 'author' and not private.is_submission_author(old.id))
      or (step.side = 'chair' and not private.can_chair_submission(old.id)) then
      raise exception 'submission % cannot go from % to % by this person', old.id, old.state, new.state using errcode = '42501';
    end if;
    if step.action = 'submit' then
      if not private.is_call_open(old.conference_id) then
        raise exception 'the call for abstracts is closed' using errcode = '23514';
      end if;
      if new.abstract = '{}'::jsonb then
        raise exception 'a submission has an abstract' using errcode = '23514';
      end if;
      new.submitted_at := now();
    elsif step.action = 'withdraw' then
      new.withdrawn_at := now();
    elsif step.action in ('accept', 'accept_with_revisions', 'reject') then
      select * into decision from public.conference_decisions d where d.submission_id = old.id;
      if not found or decision.outcome <> step.action then
        raise exception 'the state follows the chair''s recorded decision' using errcode = '23514';
      end if;
      new.accepted_type := decision.accepted_type;
    elsif step.action = 'upload_camera_ready' and new.camera_ready_file_id is null then
      raise exception 'camera-ready needs its file' using errcode = '23514';
    elsif step.action = 'schedule' and not exists (select 1 from public.programme_slots sl where sl.submission_id = old.id) then
      raise exception 'a submission is scheduled through a slot of the programme' using errcode = '23514';
    elsif step.action = 'unschedule' and exists (select 1 from public.programme_slots sl where sl.submission_id = old.id) then
      raise exception 'remove its slot from the programme first' using errcode = '23514';
    end if;
  end if;
  if new.submitted_at is distinct from old.submitted_at and new.state is not distinct from old.state then
    raise exception 'the submission time is the database''s' using errcode = '42501';
  end if;
  if new.withdrawn_at is distinct from old.withdrawn_at and new.state is not distinct from old.state then
    raise exception 'the withdrawal time is the database''s' using errcode = '42501';
  end if;
  if new.accepted_type is distinct from old.accepted_type and new.state is not distinct from old.state then
    raise exception 'the accepted type comes from the decision' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger conference_submissions_guard before insert or update on public.conference_submissions
  for each row execute function private.guard_conference_submission();

-- A submission is never left without its submitter: checked when the transaction that made it commits.
create or replace function private.check_submission_has_submitter() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if exists (select 1 from public.conference_submissions s where s.id = new.id)
    and not exists (select 1 from public.submission_authors a where a.submission_id = new.id and a.is_submitter) then
    raise exception 'a submission names its submitter among its authors' using errcode = '23514';
  end if;
  return null;
end $$;
create constraint trigger conference_submissions_submitter after insert on public.conference_submissions
  deferrable initially deferred for each row execute function private.check_submission_has_submitter();

-- Authors: the submitter is the person who writes the first row; the authors list changes with the content (before the
-- deadline, until review); a co-author confirms their own row (the service confirms an emailed invitation).
create or replace function private.guard_submission_author() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  sub uuid := coalesce(new.submission_id, old.submission_id);
  editable boolean;
begin
  if tg_op = 'DELETE' and not exists (select 1 from public.conference_submissions s where s.id = old.submission_id) then
    return old;
  end if;
  if tg_op = 'UPDATE' and (new.submission_id is distinct from old.submission_id or new.is_submitter is distinct from old.is_submitter
    or new.invite_token_hash is distinct from old.invite_token_hash and not private.is_system()) then
    raise exception 'an author stays with their submission and role' using errcode = '42501';
  end if;
  if private.is_system() then return coalesce(new, old); end if;
  if tg_op = 'DELETE' and old.is_submitter then
    raise exception 'the submitter stays an author' using errcode = '42501';
  end if;
  if tg_op = 'INSERT' and new.is_submitter then
    if new.person_id is distinct from (select auth.uid()) or not private.submission_has_no_submitter(new.submission_id) then
      raise exception 'the submitter is the person who makes the submission' using errcode = '42501';
    end if;
    new.confirmed_at := now();
    new.invite_token_hash := null;
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.confirmed_at := null;
    new.invite_token_hash := null;
  end if;
  -- A co-author's own confirmation (or withdrawal of it) is the one change they make to the list.
  if tg_op = 'UPDATE' and old.person_id = (select auth.uid())
    and (to_jsonb(new) - 'confirmed_at' - 'updated_at') = (to_jsonb(old) - 'confirmed_at' - 'updated_at') then
    if new.confirmed_at is not null and old.confirmed_at is null then new.confirmed_at := now(); end if;
    return new;
  end if;
  if tg_op = 'UPDATE' and new.confirmed_at is distinct from old.confirmed_at then
    raise exception 'a co-author confirms for themself' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and new.person_id is distinct from old.person_id then
    raise exception 'an author row keeps its person' using errcode = '42501';
  end if;
  select s.state in ('draft', 'submitted') and private.is_call_open(s.conference_id) into editable
  from public.conference_submissions s where s.id = sub;
  if not coalesce(editable, false) then
    raise exception 'the authors change only before the deadline, until review' using errcode = '23514';
  end if;
  return coalesce(new, old);
end $$;
create trigger submission_authors_guard before insert or update or delete on public.submission_authors
  for each row execute function private.guard_submission_author();

-- Reviewers: invited by a chair; the person accepts or declines (an emailed invitation through the service); the
-- conference and person never change.
create or replace function private.guard_conference_reviewer() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if private.is_system() then return new; end if;
  if tg_op = 'INSERT' then
    if new.state <> 'invited' or new.responded_at is not null or new.invited_by is distinct from (select auth.uid()) then
      raise exception 'a reviewer is invited by the chair who invites them' using errcode = '42501';
    end if;
    return new;
  end if;
  if (new.conference_id, new.person_id, new.email, new.invited_by, new.invite_token_hash)
    is distinct from (old.conference_id, old.person_id, old.email, old.invited_by, old.invite_token_hash) then
    raise exception 'a reviewer keeps their conference and person' using errcode = '42501';
  end if;
  if new.state is distinct from old.state then
    if old.person_id is distinct from (select auth.uid()) or old.state <> 'invited' or new.state not in ('accepted', 'declined') then
      raise exception 'the invited person accepts or declines' using errcode = '42501';
    end if;
    new.responded_at := now();
  elsif new.responded_at is distinct from old.responded_at then
    raise exception 'the answer''s time is the database''s' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger conference_reviewers_guard before insert or update on public.conference_reviewers
  for each row execute function private.guard_conference_reviewer();

-- A declared conflict's submission is one of the reviewer's conference.
create or replace function private.guard_reviewer_conflict() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.submission_id is not null and private.submission_conference(new.submission_id) is distinct from private.reviewer_conference(new.reviewer_id) then
    raise exception 'the submission is one of the reviewer''s conference' using errcode = '23514';
  end if;
  if not private.is_system() then new.declared_by := (select auth.uid()); end if;
  return new;
end $$;
create trigger reviewer_conflicts_guard before insert on public.reviewer_conflicts
  for each row execute function private.guard_reviewer_conflict();

-- An assignment: a reviewer of the same conference who accepted, a submission being reviewed, and no conflict of interest.
create or replace function private.guard_review_assignment() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  rev public.conference_reviewers;
  sub public.conference_submissions;
begin
  if tg_op = 'DELETE' then
    if not private.is_system() and exists (select 1 from public.reviews rv where rv.assignment_id = old.id and rv.submitted_at is not null)
      and exists (select 1 from public.conference_submissions s where s.id = old.submission_id) then
      raise exception 'an assignment with a submitted review is kept' using errcode = '42501';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' and (new.submission_id, new.reviewer_id, new.assigned_by) is distinct from (old.submission_id, old.reviewer_id, old.assigned_by) then
    raise exception 'an assignment keeps its submission and reviewer' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' then return new; end if;
  select * into rev from public.conference_reviewers r where r.id = new.reviewer_id;
  select * into sub from public.conference_submissions s where s.id = new.submission_id;
  if rev.conference_id is distinct from sub.conference_id then
    raise exception 'the reviewer is one of the submission''s conference' using errcode = '23514';
  end if;
  if rev.state <> 'accepted' then
    raise exception 'the reviewer has not accepted the invitation' using errcode = '23514';
  end if;
  if sub.state not in ('submitted', 'under_review') then
    raise exception 'only a submitted submission is assigned for review' using errcode = '23514';
  end if;
  if private.has_review_conflict(rev.person_id, sub.id) then
    raise exception 'conflict of interest: this reviewer may not review this submission' using errcode = '23514';
  end if;
  if not private.is_system() then new.assigned_by := (select auth.uid()); end if;
  return new;
end $$;
create trigger review_assignments_guard before insert or update or delete on public.review_assignments
  for each row execute function private.guard_review_assignment();

-- A review: by its reviewer while the submission is under review; scores valid for the conference's criteria (all of
-- them to submit); submitted once, by the database's clock.
create or replace function private.guard_review() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  criteria text[];
  sub_state text;
begin
  if tg_op = 'DELETE' then
    if private.is_system() or not exists (select 1 from public.review_assignments ra where ra.id = old.assignment_id) then return old; end if;
    raise exception 'a review is not deleted' using errcode = '42501';
  end if;
  select c.review_criteria, s.state into criteria, sub_state from public.review_assignments ra
    join public.conference_submissions s on s.id = ra.submission_id join public.conferences c on c.id = s.conference_id
  where ra.id = new.assignment_id;
  if not private.valid_review_scores(new.scores, criteria, new.submitted_at is not null) then
    raise exception 'scores are the conference''s criteria, each from 1 to 5 (all of them to submit)' using errcode = '23514';
  end if;
  if tg_op = 'UPDATE' and new.assignment_id is distinct from old.assignment_id then
    raise exception 'a review keeps its assignment' using errcode = '42501';
  end if;
  if private.is_system() then return new; end if;
  if not private.is_own_assignment(new.assignment_id) then
    raise exception 'only the assigned reviewer writes the review' using errcode = '42501';
  end if;
  if sub_state <> 'under_review' then
    raise exception 'reviews are written while the submission is under review' using errcode = '23514';
  end if;
  if tg_op = 'UPDATE' and old.submitted_at is not null then
    raise exception 'a submitted review is final' using errcode = '42501';
  end if;
  if new.submitted_at is not null then new.submitted_at := now(); end if;
  return new;
end $$;
create trigger reviews_guard before insert or update or delete on public.reviews
  for each row execute function private.guard_review();

-- A decision: by a chair, on a submission under review; final.
create or replace function private.guard_conference_decision() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    if private.is_system() or not exists (select 1 from public.conference_submissions s where s.id = old.submission_id) then return old; end if;
    raise exception 'a decision is final' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and not private.is_system() then
    raise exception 'a decision is final' using errcode = '42501';
  end if;
  if private.is_system() then return new; end if;
  if not exists (select 1 from public.conference_submissions s where s.id = new.submission_id and s.state = 'under_review') then
    raise exception 'a decision is made on a submission under review' using errcode = '23514';
  end if;
  new.decided_by := (select auth.uid());
  return new;
end $$;
create trigger conference_decisions_guard before insert or update or delete on public.conference_decisions
  for each row execute function private.guard_conference_decision();

revoke execute on function private.guard_conference(), private.guard_conference_track(), private.guard_conference_submission(),
  private.check_submission_has_submitter(), private.guard_submission_author(), private.guard_conference_reviewer(),
  private.guard_reviewer_conflict(), private.guard_review_assignment(), private.guard_review(), private.guard_conference_decision()
  from public, anon, authenticated;

-- ---------------------------------------------------------------- audit (sensitive values redacted)
create trigger conferences_audit after insert or update or delete on public.conferences
  for each row execute function private.audit_row_change();
create trigger conference_chairs_audit after insert or update or delete on public.conference_chairs
  for each row execute function private.audit_row_change();
create trigger conference_tracks_audit after insert or update or delete on public.conference_tracks
  for each row execute function private.audit_row_change();
create trigger conference_submissions_audit after insert or update or delete on public.conference_submissions
  for each row execute function private.audit_row_change('abstract');
create trigger submission_authors_audit after insert or update or delete on public.submission_authors
  for each row execute function private.audit_row_change('email', 'display_name', 'invite_token_hash');
create trigger conference_reviewers_audit after insert or update or delete on public.conference_reviewers
  for each row execute function private.audit_row_change('email', 'invite_token_hash');
create trigger reviewer_conflicts_audit after insert or update or delete on public.reviewer_conflicts
  for each row execute function private.audit_row_change('reason');
create trigger coauthorships_audit after insert or update or delete on public.coauthorships
  for each row execute function private.audit_row_change();
create trigger review_assignments_audit after insert or update or delete on public.review_assignments
  for each row execute function private.audit_row_change();
create trigger reviews_audit after insert or update or delete on public.reviews
  for each row execute function private.audit_row_change('scores', 'comment_to_authors', 'comment_to_chair');
create trigger conference_decisions_audit after insert or update or delete on public.conference_decisions
  for each row execute function private.audit_row_change('note_to_authors');

-- ---------------------------------------------------------------- policies and column grants
create policy conferences_select on public.conferences for select to anon, authenticated
  using (private.is_activity_visible(activity_id));
create policy conferences_insert on public.conferences for insert to authenticated
  with check (private.can_manage_activity(activity_id));
create policy conferences_update on public.conferences for update to authenticated
  using (private.is_conference_chair(id)) with check (private.is_conference_chair(id));
create policy conferences_delete on public.conferences for delete to authenticated
  using (private.can_manage_activity(activity_id));
revoke update on public.conferences from anon, authenticated;
grant update (call_text, submission_languages, submission_types, word_limit, submission_deadline, review_mode,
  identities_revealed_at, review_criteria, coauthor_lookback_years, programme_published_at, updated_at)
  on public.conferences to authenticated;

create policy conference_chairs_select on public.conference_chairs for select to anon, authenticated
  using (private.is_conference_visible(conference_id));
create policy conference_chairs_insert on public.conference_chairs for insert to authenticated
  with check (exists (select 1 from public.conferences c where c.id = conference_id and private.can_manage_activity(c.activity_id)));
create policy conference_chairs_delete on public.conference_chairs for delete to authenticated
  using (exists (select 1 from public.conferences c where c.id = conference_id and private.can_manage_activity(c.activity_id)));
revoke update on public.conference_chairs from anon, authenticated;

create policy conference_tracks_select on public.conference_tracks for select to anon, authenticated
  using (private.is_conference_visible(conference_id));
create policy conference_tracks_insert on public.conference_tracks for insert to authenticated
  with check (private.is_conference_chair(conference_id));
create policy conference_tracks_update on public.conference_tracks for update to authenticated
  using (private.is_conference_chair(conference_id)) with check (private.is_conference_chair(conference_id));
create policy conference_tracks_delete on public.conference_tracks for delete to authenticated
  using (private.is_conference_chair(conference_id));
revoke update on public.conference_tracks from anon, authenticated;
grant update (name, topics, position, updated_at) on public.conference_tracks to authenticated;

create policy conference_submissions_select on public.conference_submissions for select to anon, authenticated
  using (private.can_read_submission(id));
-- Anyone signed in may start a submission to an open call; it must name them as submitter before the transaction ends.
create policy conference_submissions_insert on public.conference_submissions for insert to authenticated
  with check (private.is_call_open(conference_id));
create policy conference_submissions_update on public.conference_submissions for update to authenticated
  using (private.is_submission_author(id) or private.can_chair_submission(id))
  with check (private.is_submission_author(id) or private.can_chair_submission(id));
-- A draft is deleted by its authors; anything else is withdrawn, not deleted.
create policy conference_submissions_delete on public.conference_submissions for delete to authenticated
  using (state = 'draft' and private.is_submission_author(id));
revoke update on public.conference_submissions from anon, authenticated;
grant update (track_id, type, title, abstract, keywords, presentation_language, file_id, camera_ready_file_id, state,
  submitted_at, withdrawn_at, accepted_type, updated_at) on public.conference_submissions to authenticated;

create policy submission_authors_select on public.submission_authors for select to anon, authenticated
  using (person_id = (select auth.uid()) or private.can_read_submission_authors(submission_id));
create policy submission_authors_insert on public.submission_authors for insert to authenticated
  with check (private.is_submission_author(submission_id)
    or (is_submitter and person_id = (select auth.uid()) and private.submission_has_no_submitter(submission_id)));
create policy submission_authors_update on public.submission_authors for update to authenticated
  using (person_id = (select auth.uid()) or private.is_submission_author(submission_id))
  with check (person_id = (select auth.uid()) or private.is_submission_author(submission_id));
create policy submission_authors_delete on public.submission_authors for delete to authenticated
  using (private.is_submission_author(submission_id));
revoke update on public.submission_authors from anon, authenticated;
grant update (display_name, institution_id, institution_name, country, position, is_presenter, confirmed_at, updated_at)
  on public.submission_authors to authenticated;
-- The confirmation link's hash is the service's, and an author's email is read only by the submission's authors and chairs
-- (private.submission_author_emails): rows are public once the programme is, their email never.
revoke select on public.submission_authors from anon, authenticated;
grant select (id, submission_id, person_id, display_name, institution_id, institution_name, country, position, is_submitter,
  is_presenter, confirmed_at, created_at, updated_at) on public.submission_authors to anon, authenticated;
create or replace function private.submission_author_emails(sub uuid) returns table (author_id uuid, email text)
language sql stable security definer set search_path = '' as $$
  select a.id, a.email from public.submission_authors a
  where a.submission_id = sub and a.email is not null
    and (private.is_submission_author(sub) or private.can_chair_submission(sub) or private.is_system())
$$;
grant execute on function private.submission_author_emails(uuid) to authenticated, service_role;

create policy conference_reviewers_select on public.conference_reviewers for select to authenticated
  using (person_id = (select auth.uid()) or private.is_conference_chair(conference_id));
create policy conference_reviewers_insert on public.conference_reviewers for insert to authenticated
  with check (private.is_conference_chair(conference_id));
create policy conference_reviewers_update on public.conference_reviewers for update to authenticated
  using (person_id = (select auth.uid()) or private.is_conference_chair(conference_id))
  with check (person_id = (select auth.uid()) or private.is_conference_chair(conference_id));
create policy conference_reviewers_delete on public.conference_reviewers for delete to authenticated
  using (private.is_conference_chair(conference_id)
    and not exists (select 1 from public.review_assignments ra where ra.reviewer_id = conference_reviewers.id));
revoke update on public.conference_reviewers from anon, authenticated;
grant update (state, track_ids, topics, updated_at) on public.conference_reviewers to authenticated;
revoke select on public.conference_reviewers from anon, authenticated;
grant select (id, conference_id, person_id, email, state, track_ids, topics, invited_by, responded_at, created_at, updated_at)
  on public.conference_reviewers to authenticated;

-- Declared conflicts: the reviewer and the chairs read and declare them; only a chair removes one (a reviewer taking back
-- a declaration would regain access to what it hid).
create policy reviewer_conflicts_select on public.reviewer_conflicts for select to authenticated
  using (private.is_reviewer_self(reviewer_id) or private.is_conference_chair(private.reviewer_conference(reviewer_id)));
create policy reviewer_conflicts_insert on public.reviewer_conflicts for insert to authenticated
  with check (private.is_reviewer_self(reviewer_id) or private.is_conference_chair(private.reviewer_conference(reviewer_id)));
create policy reviewer_conflicts_delete on public.reviewer_conflicts for delete to authenticated
  using (private.is_conference_chair(private.reviewer_conference(reviewer_id)));
revoke update on public.reviewer_conflicts from anon, authenticated;

-- Co-authorships: a person declares and reads their own (either side); the service and helpers read all.
create policy coauthorships_select on public.coauthorships for select to authenticated
  using (person_id = (select auth.uid()) or coauthor_id = (select auth.uid()) or (select private.is_secretariat()));
create policy coauthorships_insert on public.coauthorships for insert to authenticated
  with check (person_id = (select auth.uid()));
-- Taking a declaration back would lift a conflict: only the secretariat corrects one.
create policy coauthorships_delete on public.coauthorships for delete to authenticated
  using ((select private.is_secretariat()));
revoke update on public.coauthorships from anon, authenticated;

create policy review_assignments_select on public.review_assignments for select to authenticated
  using (private.can_chair_submission(submission_id) or private.is_own_assignment(id));
create policy review_assignments_insert on public.review_assignments for insert to authenticated
  with check (private.can_chair_submission(submission_id));
create policy review_assignments_update on public.review_assignments for update to authenticated
  using (private.can_chair_submission(submission_id)) with check (private.can_chair_submission(submission_id));
create policy review_assignments_delete on public.review_assignments for delete to authenticated
  using (private.can_chair_submission(submission_id));
revoke update on public.review_assignments from anon, authenticated;
grant update (due_at) on public.review_assignments to authenticated;

create policy reviews_select on public.reviews for select to authenticated
  using (private.is_own_assignment(assignment_id) or private.can_chair_submission(private.assignment_submission(assignment_id)));
create policy reviews_insert on public.reviews for insert to authenticated
  with check (private.is_own_assignment(assignment_id));
create policy reviews_update on public.reviews for update to authenticated
  using (private.is_own_assignment(assignment_id) and submitted_at is null) with check (private.is_own_assignment(assignment_id));
revoke update, delete on public.reviews from anon, authenticated;
grant update (scores, comment_to_authors, comment_to_chair, submitted_at, updated_at) on public.reviews to authenticated;

create policy conference_decisions_select on public.conference_decisions for select to authenticated
  using (private.is_submission_author(submission_id) or private.can_chair_submission(submission_id));
create policy conference_decisions_insert on public.conference_decisions for insert to authenticated
  with check (private.can_chair_submission(submission_id));
revoke update, delete on public.conference_decisions from anon, authenticated;
