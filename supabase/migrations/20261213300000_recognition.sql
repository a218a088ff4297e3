-- Transcripts of records and recognition decisions (issue 18, part 4).
-- The receiving (host) office enters a result per host component of the latest signed learning agreement version
-- and issues the transcript (then it is locked). A failed result is shown to the sending (home) office only when the
-- student shares it. The sending office decides per home component: recognized (as the home course or a free
-- elective, credits after conversion kept in credit_conversions, converted grade or a reason for none) or refused with
-- a justification. The student may appeal once; the sending office upholds or revises. The lifecycle lives in
-- shared/recognition/lifecycle.ts and public.recognition_transitions (a db test keeps them equal).

create type public.transcript_state as enum ('draft', 'issued');
create type public.transcript_result_status as enum ('passed', 'failed', 'not_taken');
create type public.recognition_state as enum ('pending', 'recognized', 'refused', 'appealed', 'upheld', 'revised');
create type public.recognition_outcome as enum ('home_course', 'free_elective', 'not_recognized');
create type public.recognition_actor as enum ('student', 'sending');

create table public.transcripts (
  id uuid primary key default gen_random_uuid(),
  learning_agreement_id uuid not null unique references public.learning_agreements (id) on delete cascade,
  -- The signed version whose host components the results are for.
  version_id uuid not null references public.learning_agreement_versions (id) on delete restrict,
  state public.transcript_state not null default 'draft',
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  issued_by uuid references public.profiles (id),
  issued_at timestamptz,
  check ((state = 'issued') = (issued_at is not null))
);
alter table public.transcripts enable row level security;
create trigger transcripts_audit after insert or update or delete on public.transcripts
  for each row execute function private.audit_row_change();

create table public.transcript_results (
  id uuid primary key default gen_random_uuid(),
  transcript_id uuid not null references public.transcripts (id) on delete cascade,
  component_id uuid not null references public.learning_agreement_components (id) on delete restrict,
  status public.transcript_result_status not null,
  -- A grade is never stored without its scale; a component not taken has none.
  grade_scale_id uuid,
  grade_value text,
  credits numeric(6, 2) not null default 0 check (credits >= 0 and credits <= 999),
  -- The student's choice: a failed result is shown to the sending office only when shared.
  shared_with_home boolean not null default false,
  entered_by uuid not null default auth.uid() references public.profiles (id),
  updated_at timestamptz not null default now(),
  unique (transcript_id, component_id),
  foreign key (grade_scale_id, grade_value) references public.grading_scale_grades (scale_id, value) on delete restrict,
  check ((grade_scale_id is null) = (grade_value is null)),
  check (status = 'not_taken' or grade_value is not null)
);
alter table public.transcript_results enable row level security;
create trigger transcript_results_audit after insert or update or delete on public.transcript_results
  for each row execute function private.audit_row_change();

create table public.recognition_decisions (
  id uuid primary key default gen_random_uuid(),
  learning_agreement_id uuid not null references public.learning_agreements (id) on delete cascade,
  -- A home line of the signed version the transcript is for.
  home_component_id uuid not null unique references public.learning_agreement_components (id) on delete restrict,
  -- Copied by the guard from the learning agreement (precedents are looked up by them).
  sending_institution_id uuid not null references public.institutions (id),
  receiving_institution_id uuid not null references public.institutions (id),
  state public.recognition_state not null default 'pending',
  outcome public.recognition_outcome,
  recognized_code text check (recognized_code is null or char_length(recognized_code) between 1 and 40),
  recognized_title jsonb check (recognized_title is null or public.is_locale_map(recognized_title)),
  credits numeric(6, 2) check (credits is null or (credits >= 0 and credits <= 999)),
  conversion_id uuid references public.credit_conversions (id) on delete restrict,
  grade_scale_id uuid,
  grade_value text,
  -- Why no converted grade (a message key under recognition.gradeNote), when there is none.
  grade_note text check (grade_note is null or grade_note ~ '^[a-zA-Z]{1,40}$'),
  -- Required for a refusal: a locale map, or text with its language.
  justification jsonb check (justification is null or (public.is_locale_map(justification) and justification <> '{}'::jsonb and pg_column_size(justification) <= 20000)),
  justification_language text check (justification_language is null or justification_language = any (public.locale_codes())),
  decided_by uuid references public.profiles (id),
  decided_at timestamptz,
  appeal_comment text check (appeal_comment is null or char_length(appeal_comment) between 1 and 2000),
  appealed_at timestamptz,
  resolution_comment text check (resolution_comment is null or char_length(resolution_comment) between 1 and 2000),
  resolved_by uuid references public.profiles (id),
  resolved_at timestamptz,
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (grade_scale_id, grade_value) references public.grading_scale_grades (scale_id, value) on delete restrict,
  check ((grade_scale_id is null) = (grade_value is null)),
  check ((state = 'pending') = (outcome is null)),
  check (outcome is distinct from 'not_recognized' or (justification is not null and justification_language is not null and credits is null)),
  check (outcome is null or outcome = 'not_recognized' or (credits is not null and recognized_code is not null))
);
alter table public.recognition_decisions enable row level security;
create trigger recognition_decisions_audit after insert or update or delete on public.recognition_decisions
  for each row execute function private.audit_row_change();
create index recognition_decisions_la_idx on public.recognition_decisions (learning_agreement_id);
create index recognition_decisions_sending_idx on public.recognition_decisions (sending_institution_id, decided_at desc);

create table public.recognition_transitions (
  from_state public.recognition_state not null,
  to_state public.recognition_state not null,
  actor public.recognition_actor not null,
  primary key (from_state, to_state)
);
alter table public.recognition_transitions enable row level security;
create policy recognition_transitions_select on public.recognition_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.recognition_transitions from anon, authenticated;
insert into public.recognition_transitions (from_state, to_state, actor) values
  ('pending', 'recognized', 'sending'),
  ('pending', 'refused', 'sending'),
  ('recognized', 'appealed', 'student'),
  ('refused', 'appealed', 'student'),
  ('appealed', 'upheld', 'sending'),
  ('appealed', 'revised', 'sending');

-- ---------------------------------------------------------------- helpers
create or replace function private.transcript_la(transcript uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select t.learning_agreement_id from public.transcripts t where t.id = transcript
$$;
-- Whether the sending office may read a result: the transcript is issued, and a failed result only when shared.
create or replace function private.home_sees_result(transcript uuid, status public.transcript_result_status, shared boolean) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.transcripts t join public.learning_agreements l on l.id = t.learning_agreement_id
    where t.id = transcript and t.state = 'issued' and private.is_staff_of(l.sending_institution_id))
    and (status <> 'failed' or shared)
$$;
create or replace function private.is_receiving_of_transcript(transcript uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select 'receiving' = any (private.learning_agreement_parties_of(private.transcript_la(transcript)))
$$;
create or replace function private.is_student_of_transcript(transcript uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select 'student' = any (private.learning_agreement_parties_of(private.transcript_la(transcript)))
$$;

-- ---------------------------------------------------------------- guards
-- A transcript: started by the receiving office for the latest signed version; issued once, then locked.
create or replace function private.guard_transcript() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    if new.state <> 'draft' or new.issued_at is not null then
      raise exception 'a transcript starts as a draft' using errcode = '42501';
    end if;
    if not private.is_system() and not ('receiving' = any (private.learning_agreement_parties_of(new.learning_agreement_id))) then
      raise exception 'a transcript is entered by the receiving office' using errcode = '42501';
    end if;
    if new.version_id is distinct from (select v.id from public.learning_agreement_versions v
        where v.learning_agreement_id = new.learning_agreement_id and v.state = 'signed' order by v.number desc limit 1) then
      raise exception 'a transcript is for the latest signed version' using errcode = '23514';
    end if;
    return new;
  end if;
  if old.state = 'issued' then
    raise exception 'an issued transcript never changes' using errcode = '42501';
  end if;
  if new.version_id <> old.version_id or new.learning_agreement_id <> old.learning_agreement_id then
    raise exception 'a transcript keeps its version' using errcode = '42501';
  end if;
  if new.state = 'issued' then
    if not private.is_system() and not ('receiving' = any (private.learning_agreement_parties_of(old.learning_agreement_id))) then
      raise exception 'a transcript is issued by the receiving office' using errcode = '42501';
    end if;
    if exists (select 1 from public.learning_agreement_components c where c.version_id = old.version_id and c.side = 'host'
        and not exists (select 1 from public.transcript_results r where r.transcript_id = old.id and r.component_id = c.id)) then
      raise exception 'a transcript is issued with a result for every host component' using errcode = '23514';
    end if;
    new.issued_at := now();
    new.issued_by := (select auth.uid());
  end if;
  return new;
end $$;
create trigger transcripts_guard before insert or update on public.transcripts
  for each row execute function private.guard_transcript();

-- A result: for a host component of the transcript's version; written by the receiving office while the transcript is
-- a draft; the student changes only whether a failed result is shared, at any time.
create or replace function private.guard_transcript_result() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  t record;
begin
  select x.state, x.version_id, x.learning_agreement_id into t from public.transcripts x where x.id = coalesce(new.transcript_id, old.transcript_id);
  if tg_op = 'UPDATE' and (new.transcript_id <> old.transcript_id or new.component_id <> old.component_id) then
    raise exception 'a result keeps its component' using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and new.status = old.status and new.grade_scale_id is not distinct from old.grade_scale_id
     and new.grade_value is not distinct from old.grade_value and new.credits = old.credits then
    -- Only the sharing flag changed: the student's choice.
    if new.shared_with_home is distinct from old.shared_with_home and not private.is_system()
       and not ('student' = any (private.learning_agreement_parties_of(t.learning_agreement_id))) then
      raise exception 'only the student shares a result' using errcode = '42501';
    end if;
    return new;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.shared_with_home and (tg_op = 'INSERT' or not old.shared_with_home) then
    raise exception 'only the student shares a result' using errcode = '42501';
  end if;
  if t.state = 'issued' then
    raise exception 'an issued transcript never changes' using errcode = '42501';
  end if;
  if not private.is_system() and not ('receiving' = any (private.learning_agreement_parties_of(t.learning_agreement_id))) then
    raise exception 'results are entered by the receiving office' using errcode = '42501';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if not exists (select 1 from public.learning_agreement_components c where c.id = new.component_id and c.version_id = t.version_id and c.side = 'host') then
    raise exception 'a result is for a host component of the transcript''s version' using errcode = '23514';
  end if;
  if new.grade_scale_id is not null and not exists (select 1 from public.grading_scales s where s.id = new.grade_scale_id
      and s.institution_id = (select l.receiving_institution_id from public.learning_agreements l where l.id = t.learning_agreement_id)) then
    raise exception 'a result is graded on a scale of the receiving institution' using errcode = '23514';
  end if;
  new.updated_at := now();
  return new;
end $$;
create trigger transcript_results_guard before insert or update or delete on public.transcript_results
  for each row execute function private.guard_transcript_result();

-- A decision: opened (pending) by the sending office for a home line of the transcript's version once the
-- transcript is issued; moves only along recognition_transitions, by the actor the table names; appealed once.
create or replace function private.guard_recognition_decision() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  la record;
  parties public.learning_agreement_party[];
  needed public.recognition_actor;
begin
  select l.id, l.sending_institution_id, l.receiving_institution_id into la from public.learning_agreements l
    where l.id = coalesce(new.learning_agreement_id, old.learning_agreement_id);
  parties := private.learning_agreement_parties_of(la.id);
  if tg_op = 'DELETE' then
    if not private.is_system() then
      raise exception 'a recognition decision is kept' using errcode = '42501';
    end if;
    return old;
  end if;
  if tg_op = 'INSERT' then
    new.sending_institution_id := la.sending_institution_id;
    new.receiving_institution_id := la.receiving_institution_id;
    if new.state <> 'pending' or new.appealed_at is not null or new.decided_at is not null then
      raise exception 'a recognition decision starts pending' using errcode = '42501';
    end if;
    if not private.is_system() and not ('sending' = any (parties)) then
      raise exception 'recognition is decided by the sending office' using errcode = '42501';
    end if;
    if not exists (select 1 from public.transcripts t join public.learning_agreement_components c on c.version_id = t.version_id
        where t.learning_agreement_id = la.id and t.state = 'issued' and c.id = new.home_component_id and c.side = 'home') then
      raise exception 'a decision is for a home line once the transcript is issued' using errcode = '23514';
    end if;
    return new;
  end if;
  if new.learning_agreement_id <> old.learning_agreement_id or new.home_component_id <> old.home_component_id
     or new.sending_institution_id <> old.sending_institution_id or new.receiving_institution_id <> old.receiving_institution_id then
    raise exception 'a decision keeps its component' using errcode = '42501';
  end if;
  if new.state = old.state then
    raise exception 'a recognition decision changes only by a step' using errcode = '42501';
  end if;
  select t.actor into needed from public.recognition_transitions t where t.from_state = old.state and t.to_state = new.state;
  if not found then
    raise exception 'recognition cannot go from % to %', old.state, new.state using errcode = '42501';
  end if;
  if not private.is_system() and not ((needed = 'student' and 'student' = any (parties)) or (needed = 'sending' and 'sending' = any (parties))) then
    raise exception 'recognition cannot go from % to % by this person', old.state, new.state using errcode = '42501';
  end if;
  new.updated_at := now();
  if new.state = 'appealed' then
    -- The student's appeal: once, with a comment; the decision itself is untouched.
    if old.appealed_at is not null then
      raise exception 'a decision is appealed once' using errcode = '42501';
    end if;
    if new.appeal_comment is null or btrim(new.appeal_comment) = '' then
      raise exception 'an appeal says why' using errcode = '23514';
    end if;
    if row(new.outcome, new.recognized_code, new.recognized_title, new.credits, new.conversion_id, new.grade_scale_id, new.grade_value, new.grade_note, new.justification, new.justification_language)
       is distinct from row(old.outcome, old.recognized_code, old.recognized_title, old.credits, old.conversion_id, old.grade_scale_id, old.grade_value, old.grade_note, old.justification, old.justification_language) then
      raise exception 'an appeal does not change the decision' using errcode = '42501';
    end if;
    new.appealed_at := now();
    return new;
  end if;
  if new.appeal_comment is distinct from old.appeal_comment then
    raise exception 'only the student writes the appeal' using errcode = '42501';
  end if;
  if new.state = 'recognized' and new.outcome not in ('home_course', 'free_elective') then
    raise exception 'a recognition recognizes' using errcode = '23514';
  end if;
  if new.state = 'refused' and new.outcome is distinct from 'not_recognized' then
    raise exception 'a refusal does not recognize' using errcode = '23514';
  end if;
  if new.outcome = 'not_recognized' and (new.justification is null or new.justification_language is null) then
    raise exception 'a refusal says why' using errcode = '23514';
  end if;
  if new.state in ('upheld', 'revised') then
    if new.resolution_comment is null or btrim(new.resolution_comment) = '' then
      raise exception 'an appeal is answered with a comment' using errcode = '23514';
    end if;
    if new.state = 'upheld' and row(new.outcome, new.credits, new.recognized_code, new.grade_value, new.justification)
       is distinct from row(old.outcome, old.credits, old.recognized_code, old.grade_value, old.justification) then
      raise exception 'an upheld decision keeps its outcome' using errcode = '42501';
    end if;
    new.resolved_at := now();
    new.resolved_by := (select auth.uid());
  else
    new.decided_at := now();
    new.decided_by := (select auth.uid());
  end if;
  if new.conversion_id is not null and new.conversion_id is distinct from old.conversion_id
     and not exists (select 1 from public.credit_conversions c where c.id = new.conversion_id and c.institution_id = old.sending_institution_id) then
    raise exception 'a decision keeps a conversion of the sending institution' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger recognition_decisions_guard before insert or update or delete on public.recognition_decisions
  for each row execute function private.guard_recognition_decision();

revoke execute on function private.guard_transcript(), private.guard_transcript_result(), private.guard_recognition_decision()
  from anon, authenticated, public;

-- ---------------------------------------------------------------- policies
-- Transcripts and decisions: the student and the two offices only (never the secretariat or other institutions).
create policy transcripts_select on public.transcripts for select to authenticated
  using (private.can_see_learning_agreement(learning_agreement_id));
create policy transcripts_insert on public.transcripts for insert to authenticated
  with check (created_by = (select auth.uid()) and 'receiving' = any (private.learning_agreement_parties_of(learning_agreement_id)));
create policy transcripts_update on public.transcripts for update to authenticated
  using ('receiving' = any (private.learning_agreement_parties_of(learning_agreement_id)));
revoke update, delete on public.transcripts from anon, authenticated;
grant update (state) on public.transcripts to authenticated;

-- The student and the receiving office read every result; the sending office reads an issued transcript's results,
-- a failed one only when the student shared it.
create policy transcript_results_select on public.transcript_results for select to authenticated
  using (private.is_student_of_transcript(transcript_id) or private.is_receiving_of_transcript(transcript_id)
    or private.home_sees_result(transcript_id, status, shared_with_home));
create policy transcript_results_insert on public.transcript_results for insert to authenticated
  with check (entered_by = (select auth.uid()) and private.is_receiving_of_transcript(transcript_id));
create policy transcript_results_update on public.transcript_results for update to authenticated
  using (private.is_receiving_of_transcript(transcript_id) or private.is_student_of_transcript(transcript_id));
create policy transcript_results_delete on public.transcript_results for delete to authenticated
  using (private.is_receiving_of_transcript(transcript_id));
revoke update on public.transcript_results from anon, authenticated;
grant update (status, grade_scale_id, grade_value, credits, shared_with_home, updated_at) on public.transcript_results to authenticated;

create policy recognition_decisions_select on public.recognition_decisions for select to authenticated
  using (private.can_see_learning_agreement(learning_agreement_id));
create policy recognition_decisions_insert on public.recognition_decisions for insert to authenticated
  with check (created_by = (select auth.uid()) and 'sending' = any (private.learning_agreement_parties_of(learning_agreement_id)));
create policy recognition_decisions_update on public.recognition_decisions for update to authenticated
  using (private.can_see_learning_agreement(learning_agreement_id));
revoke update, delete on public.recognition_decisions from anon, authenticated;
grant update (state, outcome, recognized_code, recognized_title, credits, conversion_id, grade_scale_id, grade_value, grade_note,
  justification, justification_language, appeal_comment, resolution_comment, updated_at) on public.recognition_decisions to authenticated;

-- ---------------------------------------------------------------- totals for the indicators
-- Per learning agreement (one per mobility): home credits recognized, refused and still pending (home lines of the
-- transcript's version without a decision, or with a pending one). Reads through the caller's rights.
create or replace view public.recognition_totals with (security_invoker = true) as
  select l.id as learning_agreement_id, l.application_id,
    coalesce(sum(d.credits) filter (where d.outcome in ('home_course', 'free_elective')), 0)::numeric(8, 2) as credits_recognized,
    coalesce(sum(c.credits) filter (where d.outcome = 'not_recognized'), 0)::numeric(8, 2) as credits_refused,
    coalesce(sum(c.credits) filter (where d.id is null or d.state = 'pending'), 0)::numeric(8, 2) as credits_pending,
    count(d.id) filter (where d.outcome in ('home_course', 'free_elective'))::integer as components_recognized,
    count(d.id) filter (where d.outcome = 'not_recognized')::integer as components_refused
  from public.learning_agreements l
  join public.transcripts t on t.learning_agreement_id = l.id
  join public.learning_agreement_components c on c.version_id = t.version_id and c.side = 'home'
  left join public.recognition_decisions d on d.home_component_id = c.id
  group by l.id, l.application_id;
grant select on public.recognition_totals to authenticated;
