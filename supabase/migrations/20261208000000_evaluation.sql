-- Evaluation of activities (issue 16): forms with immutable published versions, instances that attach a version to an
-- activity (before, after, follow-up), to a mobility call (on completion) or to a list (a demand survey), personal
-- invitations, one response per person per instance with its answers one scalar a row (shared/evaluation/answers.ts
-- flattenAnswers) so analytics aggregate in SQL, and the improvement loop: findings and their actions.
--
-- Anonymity: an anonymous instance's response has no person_id, its audit rows name no actor, and the fact that a person
-- answered is kept apart in evaluation_participation (instance, person) without a time or a link to the response.
--
-- Who sees what:
--  * a form's owner institution's staff, its creator and the secretariat manage the form, its versions and instances;
--    the organisers of an activity manage the instances attached to it; managers read every answer of their instances;
--  * a respondent reads the version they are invited to, their own invitation, and their own (non-anonymous) response,
--    which they edit until it is submitted; anonymous responses are written by the service only;
--  * breakdowns by institution are not a table: analytics must show an institution's breakdown only to that
--    institution's staff and the secretariat (private.can_see_institution_breakdown).

do $$ begin
  if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                 where n.nspname = 'public' and t.typname = 'evaluation_purpose') then
    create type public.evaluation_purpose as enum ('reaction', 'knowledge', 'behaviour', 'results', 'competence', 'demand', 'feedback', 'other');
    create type public.evaluation_version_state as enum ('draft', 'published');
    create type public.evaluation_target as enum ('activity', 'mobility', 'list');
    create type public.evaluation_timing as enum ('before', 'after', 'follow_up');
    create type public.evaluation_action_status as enum ('open', 'in_progress', 'done', 'dropped');
  end if;
end $$;

-- ---------------------------------------------------------------- forms and versions
create table public.evaluation_forms (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid not null references public.institutions (id) on delete cascade,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  purpose public.evaluation_purpose not null,
  level smallint check (level between 1 and 4),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.evaluation_forms enable row level security;
create index evaluation_forms_institution_idx on public.evaluation_forms (institution_id);

create table public.evaluation_form_versions (
  id uuid primary key default gen_random_uuid(),
  form_id uuid not null references public.evaluation_forms (id) on delete cascade,
  version integer not null check (version between 1 and 10000),
  definition jsonb not null check (jsonb_typeof(definition) = 'object' and pg_column_size(definition) <= 1000000),
  state public.evaluation_version_state not null default 'draft',
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (form_id, version),
  check ((state = 'published') = (published_at is not null))
);
alter table public.evaluation_form_versions enable row level security;

-- ---------------------------------------------------------------- instances
create table public.evaluation_instances (
  id uuid primary key default gen_random_uuid(),
  form_id uuid not null references public.evaluation_forms (id) on delete restrict,
  version_id uuid not null references public.evaluation_form_versions (id) on delete restrict,
  target public.evaluation_target not null,
  activity_id uuid references public.activities (id) on delete cascade,
  timing public.evaluation_timing,
  -- Days after the activity's last session ends (after, follow_up); 42 for "six weeks later".
  offset_days integer not null default 0 check (offset_days between 0 and 730),
  -- A mobility: people whose application in this call is completed are invited.
  call_id uuid references public.calls (id) on delete cascade,
  anonymous boolean not null default false,
  -- Explicit window; when null, opens_at follows the activity (private.evaluation_window) and closes open_days later.
  opens_at timestamptz,
  closes_at timestamptz,
  open_days integer not null default 14 check (open_days between 1 and 365),
  -- Invitees who have not submitted are reminded this many days before closing (0: no reminder).
  reminder_days integer not null default 3 check (reminder_days between 0 and 60),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (closes_at is null or opens_at is null or closes_at > opens_at),
  check (case target
    when 'activity' then activity_id is not null and timing is not null and call_id is null
    when 'mobility' then call_id is not null and activity_id is null and timing is null
    else activity_id is null and call_id is null and timing is null and opens_at is not null end)
);
alter table public.evaluation_instances enable row level security;
create index evaluation_instances_activity_idx on public.evaluation_instances (activity_id);
create index evaluation_instances_call_idx on public.evaluation_instances (call_id);
create index evaluation_instances_form_idx on public.evaluation_instances (form_id);

-- A list's recipients: member institutions (their staff answer) or people.
create table public.evaluation_recipients (
  id uuid primary key default gen_random_uuid(),
  instance_id uuid not null references public.evaluation_instances (id) on delete cascade,
  institution_id uuid references public.institutions (id) on delete cascade,
  person_id uuid references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  check (num_nonnulls(institution_id, person_id) = 1),
  unique (instance_id, institution_id),
  unique (instance_id, person_id)
);
alter table public.evaluation_recipients enable row level security;

-- ---------------------------------------------------------------- invitations, responses, answers
create table public.evaluation_invitations (
  id uuid primary key default gen_random_uuid(),
  instance_id uuid not null references public.evaluation_instances (id) on delete cascade,
  person_id uuid not null references public.profiles (id) on delete cascade,
  -- SHA-256 of the personal link's secret; the secret itself is only in the mail.
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_at timestamptz not null default now(),
  reminded_at timestamptz,
  unique (instance_id, person_id)
);
alter table public.evaluation_invitations enable row level security;
create index evaluation_invitations_person_idx on public.evaluation_invitations (person_id);

create table public.evaluation_responses (
  id uuid primary key default gen_random_uuid(),
  instance_id uuid not null references public.evaluation_instances (id) on delete cascade,
  version_id uuid not null references public.evaluation_form_versions (id) on delete restrict,
  -- Null exactly for an anonymous instance's responses.
  person_id uuid references public.profiles (id) on delete cascade,
  -- An anonymous partial response is resumed by a secret its respondent's browser keeps (SHA-256 here).
  resume_hash text unique check (resume_hash ~ '^[0-9a-f]{64}$'),
  locale text not null check (locale = any (public.locale_codes())),
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (instance_id, person_id),
  check (person_id is null or resume_hash is null)
);
alter table public.evaluation_responses enable row level security;
create index evaluation_responses_instance_idx on public.evaluation_responses (instance_id, submitted_at);

create table public.evaluation_answers (
  id bigint generated always as identity primary key,
  response_id uuid not null references public.evaluation_responses (id) on delete cascade,
  question_id text not null check (char_length(question_id) between 1 and 100),
  row_id text check (char_length(row_id) between 1 and 100),
  option_id text check (char_length(option_id) between 1 and 100),
  number_value double precision,
  text_value text check (char_length(text_value) <= 10000),
  date_value date
);
alter table public.evaluation_answers enable row level security;
-- Aggregation reads answers by question (distributions, means) and by option (counts); the response join by id.
create index evaluation_answers_response_idx on public.evaluation_answers (response_id, question_id);
create index evaluation_answers_question_idx on public.evaluation_answers (question_id, option_id) include (number_value, row_id);

-- Who answered an anonymous instance: no time, no link to the response.
create table public.evaluation_participation (
  instance_id uuid not null references public.evaluation_instances (id) on delete cascade,
  person_id uuid not null references public.profiles (id) on delete cascade,
  primary key (instance_id, person_id)
);
alter table public.evaluation_participation enable row level security;

-- ---------------------------------------------------------------- the improvement loop
create table public.evaluation_findings (
  id uuid primary key default gen_random_uuid(),
  instance_id uuid references public.evaluation_instances (id) on delete cascade,
  activity_id uuid references public.activities (id) on delete cascade,
  text jsonb not null check (public.is_locale_map(text) and text <> '{}'::jsonb),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (num_nonnulls(instance_id, activity_id) >= 1)
);
alter table public.evaluation_findings enable row level security;
create index evaluation_findings_activity_idx on public.evaluation_findings (activity_id);
create index evaluation_findings_instance_idx on public.evaluation_findings (instance_id);

create table public.evaluation_actions (
  id uuid primary key default gen_random_uuid(),
  finding_id uuid not null references public.evaluation_findings (id) on delete cascade,
  owner_id uuid not null references public.profiles (id) on delete cascade,
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  due_on date not null,
  status public.evaluation_action_status not null default 'open',
  -- Set once by the overdue reminder, so a job that runs twice reminds once.
  overdue_reminded_at timestamptz,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.evaluation_actions enable row level security;
create index evaluation_actions_finding_idx on public.evaluation_actions (finding_id);
create index evaluation_actions_due_idx on public.evaluation_actions (due_on) where status in ('open', 'in_progress');
