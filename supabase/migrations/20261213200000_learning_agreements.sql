-- Learning agreements (the EWP Online Learning Agreement model): one per mobility application, between
-- the student, the sending (home) and the receiving (host) institution. Each change is a new version;
-- a version is drafted, proposed, then signed by all three parties (or rejected with a comment, after
-- which a new draft starts from it). One version is open (draft or proposed) at a time. Signatures are
-- bound to the SHA-256 of the version's canonical content, which the database computes at proposal.
-- The lifecycle lives in shared/learning-agreements/lifecycle.ts and here (a db test keeps them equal).

create type public.learning_agreement_version_state as enum ('draft', 'proposed', 'signed', 'rejected');
create type public.learning_agreement_party as enum ('student', 'sending', 'receiving');
create type public.learning_agreement_side as enum ('host', 'home');

-- Application states in which a learning agreement can be drafted or changed: the host sees the
-- application (nominated onwards) and the mobility has not ended or been called off.
create or replace function private.learning_agreement_open_states() returns public.application_state[]
language sql immutable set search_path = '' as $$
  select array['nominated', 'info_requested', 'accepted', 'confirmed', 'in_mobility']::public.application_state[]
$$;
grant execute on function private.learning_agreement_open_states() to anon, authenticated, service_role;

create table public.learning_agreements (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique references public.applications (id) on delete cascade,
  -- Copied from the application by the insert trigger, whatever the client sent.
  student_id uuid not null references public.profiles (id) on delete cascade,
  sending_institution_id uuid not null references public.institutions (id),
  receiving_institution_id uuid not null references public.institutions (id),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now()
);
alter table public.learning_agreements enable row level security;
create trigger learning_agreements_audit after insert or update or delete on public.learning_agreements
  for each row execute function private.audit_row_change();
create index learning_agreements_sending_idx on public.learning_agreements (sending_institution_id);
create index learning_agreements_receiving_idx on public.learning_agreements (receiving_institution_id);

create table public.learning_agreement_versions (
  id uuid primary key default gen_random_uuid(),
  learning_agreement_id uuid not null references public.learning_agreements (id) on delete cascade,
  number integer not null check (number >= 1),
  state public.learning_agreement_version_state not null default 'draft',
  -- Raised by every edit of a draft's lines: an edit from an older revision is refused (409).
  revision integer not null default 1 check (revision >= 1),
  -- Set by the database when the version is proposed; never changes after.
  content_hash text check (content_hash is null or content_hash ~ '^[0-9a-f]{64}$'),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  proposed_by uuid references public.profiles (id),
  proposed_at timestamptz,
  rejected_by uuid references public.profiles (id),
  rejected_at timestamptz,
  rejection_comment text check (rejection_comment is null or char_length(rejection_comment) between 1 and 2000),
  signed_at timestamptz,
  updated_at timestamptz not null default now(),
  unique (learning_agreement_id, number),
  check ((state = 'draft') = (content_hash is null)),
  check ((state = 'rejected') = (rejection_comment is not null))
);
alter table public.learning_agreement_versions enable row level security;
create trigger learning_agreement_versions_audit after insert or update or delete on public.learning_agreement_versions
  for each row execute function private.audit_row_change();
-- One open version (a draft or a proposal) per learning agreement, whoever writes.
create unique index learning_agreement_versions_one_open on public.learning_agreement_versions (learning_agreement_id)
  where state in ('draft', 'proposed');

create table public.learning_agreement_components (
  id uuid primary key default gen_random_uuid(),
  version_id uuid not null references public.learning_agreement_versions (id) on delete cascade,
  side public.learning_agreement_side not null,
  position integer not null check (position between 0 and 999),
  code text not null check (char_length(code) between 1 and 40),
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  credits numeric(6, 2) not null check (credits >= 0 and credits <= 999),
  credit_label text not null check (char_length(credit_label) between 1 and 40),
  term text not null default '' check (char_length(term) <= 40),
  -- Host lines and home lines with the same group are recognized as each other (many to many).
  recognition_group text check (recognition_group is null or recognition_group ~ '^[A-Za-z0-9]{1,8}$'),
  -- The course catalogue's unit (foreign key in 20261213250000_learning_agreement_course_units.sql).
  course_unit_id uuid,
  unique (version_id, side, position)
);
alter table public.learning_agreement_components enable row level security;
create trigger learning_agreement_components_audit after insert or update or delete on public.learning_agreement_components
  for each row execute function private.audit_row_change();

create table public.learning_agreement_signatures (
  id uuid primary key default gen_random_uuid(),
  version_id uuid not null references public.learning_agreement_versions (id) on delete cascade,
  party public.learning_agreement_party not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  signed_by uuid not null default auth.uid() references public.profiles (id),
  signed_at timestamptz not null default now(),
  unique (version_id, party)
);
alter table public.learning_agreement_signatures enable row level security;
create trigger learning_agreement_signatures_audit after insert or update or delete on public.learning_agreement_signatures
  for each row execute function private.audit_row_change();

-- The steps a party takes by hand; 'complete' (proposed → signed) is taken by the database when the
-- third matching signature arrives. Copied in shared/learning-agreements/lifecycle.ts.
create table public.learning_agreement_transitions (
  action text not null,
  from_state public.learning_agreement_version_state not null,
  to_state public.learning_agreement_version_state not null,
  party public.learning_agreement_party not null,
  primary key (action, from_state, party)
);
alter table public.learning_agreement_transitions enable row level security;
create policy learning_agreement_transitions_select on public.learning_agreement_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.learning_agreement_transitions from anon, authenticated;
insert into public.learning_agreement_transitions (action, from_state, to_state, party) values
  ('propose', 'draft', 'proposed', 'student'),
  ('propose', 'draft', 'proposed', 'sending'),
  ('reject', 'proposed', 'rejected', 'student'),
  ('reject', 'proposed', 'rejected', 'sending'),
  ('reject', 'proposed', 'rejected', 'receiving');

-- ---------------------------------------------------------------- helpers
-- The parties the current person is for a learning agreement (possibly several: staff applying from their own office).
create or replace function private.learning_agreement_parties_of(la uuid) returns public.learning_agreement_party[]
language sql stable security definer set search_path = '' as $$
  select coalesce((
    select array_remove(array[
      case when l.student_id = (select auth.uid()) then 'student'::public.learning_agreement_party end,
      case when private.is_staff_of(l.sending_institution_id) then 'sending'::public.learning_agreement_party end,
      case when private.is_staff_of(l.receiving_institution_id) then 'receiving'::public.learning_agreement_party end], null)
    from public.learning_agreements l where l.id = la), '{}')
$$;
create or replace function private.can_see_learning_agreement(la uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select cardinality(private.learning_agreement_parties_of(la)) > 0
$$;
-- Drafting is the student's and the sending office's (the sending institution holds the master copy),
-- while the application is in a state that allows it.
create or replace function private.may_draft_learning_agreement(la uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.learning_agreement_parties_of(la) && array['student', 'sending']::public.learning_agreement_party[]
    and exists (select 1 from public.learning_agreements l join public.applications a on a.id = l.application_id
      where l.id = la and a.state = any (private.learning_agreement_open_states()))
$$;
create or replace function private.learning_agreement_of_version(version uuid) returns uuid
language sql stable security definer set search_path = '' as $$
  select v.learning_agreement_id from public.learning_agreement_versions v where v.id = version
$$;
create or replace function private.may_edit_learning_agreement_draft(version uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.learning_agreement_versions v where v.id = version and v.state = 'draft')
    and private.may_draft_learning_agreement(private.learning_agreement_of_version(version))
$$;

-- What a signature binds to: the agreement, its parties, the version's number and lines in a fixed order.
-- jsonb prints keys in one order, so equal content always gives the same text and the same hash.
create or replace function private.learning_agreement_version_hash(version uuid) returns text
language sql stable security definer set search_path = '' as $$
  select encode(sha256(convert_to(jsonb_build_object(
    'learningAgreement', l.id, 'application', l.application_id, 'student', l.student_id,
    'sending', l.sending_institution_id, 'receiving', l.receiving_institution_id, 'number', v.number,
    'components', coalesce((select jsonb_agg(jsonb_build_object('side', c.side, 'position', c.position, 'code', c.code, 'title', c.title,
        'credits', c.credits, 'creditLabel', c.credit_label, 'term', c.term, 'group', c.recognition_group, 'courseUnit', c.course_unit_id)
        order by c.side, c.position) from public.learning_agreement_components c where c.version_id = v.id), '[]'::jsonb)
  )::text, 'UTF8')), 'hex')
  from public.learning_agreement_versions v join public.learning_agreements l on l.id = v.learning_agreement_id
  where v.id = version
$$;

-- ---------------------------------------------------------------- guards
-- A learning agreement names the application's student and institutions, never the client's.
create or replace function private.guard_learning_agreement() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  app record;
begin
  select a.applicant_id, a.home_institution_id, a.host_institution_id, a.state into app from public.applications a where a.id = new.application_id;
  if not found then
    raise exception 'no such application' using errcode = '23503';
  end if;
  new.student_id := app.applicant_id;
  new.sending_institution_id := app.home_institution_id;
  new.receiving_institution_id := app.host_institution_id;
  if not private.is_system() and not (app.applicant_id = (select auth.uid()) or private.is_staff_of(app.home_institution_id)) then
    raise exception 'a learning agreement is started by the student or the sending office' using errcode = '42501';
  end if;
  if not private.is_system() and not (app.state = any (private.learning_agreement_open_states())) then
    raise exception 'a learning agreement is started once the student is nominated' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger learning_agreements_guard before insert on public.learning_agreements
  for each row execute function private.guard_learning_agreement();

-- Versions: numbered in turn; a draft changes only its revision; once proposed it is immutable except
-- for the step to signed (three matching signatures) or rejected (a party, with a comment).
create or replace function private.guard_learning_agreement_version() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  parties public.learning_agreement_party[] := private.learning_agreement_parties_of((coalesce(new, old)).learning_agreement_id);
  signed integer;
begin
  if tg_op = 'INSERT' then
    if new.state <> 'draft' or new.content_hash is not null or new.proposed_at is not null or new.rejected_at is not null or new.signed_at is not null then
      raise exception 'a version starts as a draft' using errcode = '42501';
    end if;
    if new.number <> coalesce((select max(v.number) from public.learning_agreement_versions v where v.learning_agreement_id = new.learning_agreement_id), 0) + 1 then
      raise exception 'versions are numbered in turn' using errcode = '23514';
    end if;
    if not private.is_system() and not private.may_draft_learning_agreement(new.learning_agreement_id) then
      raise exception 'a version is drafted by the student or the sending office' using errcode = '42501';
    end if;
    return new;
  end if;
  if tg_op = 'DELETE' then
    if old.state <> 'draft' and not private.is_system() then
      raise exception 'a proposed version is kept' using errcode = '42501';
    end if;
    return old;
  end if;
  if new.number <> old.number or new.learning_agreement_id <> old.learning_agreement_id or new.created_by <> old.created_by then
    raise exception 'a version keeps its number and agreement' using errcode = '42501';
  end if;
  if old.state in ('signed', 'rejected') then
    raise exception 'a % version never changes', old.state using errcode = '42501';
  end if;
  if new.state = old.state then
    if old.state <> 'draft' or new.content_hash is distinct from old.content_hash or new.rejection_comment is not null then
      raise exception 'a proposed version never changes' using errcode = '42501';
    end if;
    if not private.is_system() and not private.may_draft_learning_agreement(old.learning_agreement_id) then
      raise exception 'a draft is edited by the student or the sending office' using errcode = '42501';
    end if;
    return new;
  end if;
  if old.state = 'proposed' and new.state = 'signed' then
    select count(*) into signed from public.learning_agreement_signatures s where s.version_id = old.id and s.content_hash = old.content_hash;
    if signed < 3 then
      raise exception 'a version is signed when all three parties signed it' using errcode = '42501';
    end if;
    new.signed_at := now();
    new.content_hash := old.content_hash;
    return new;
  end if;
  if not private.is_system() and not exists (
    select 1 from public.learning_agreement_transitions t
    where t.from_state = old.state and t.to_state = new.state and t.party = any (parties)
  ) then
    raise exception 'learning agreement version cannot go from % to % by this person', old.state, new.state using errcode = '42501';
  end if;
  if new.state = 'proposed' then
    if not exists (select 1 from public.learning_agreement_components c where c.version_id = old.id and c.side = 'host') then
      raise exception 'a proposal names at least one component at the host' using errcode = '23514';
    end if;
    new.content_hash := private.learning_agreement_version_hash(old.id);
    new.proposed_at := now();
    new.proposed_by := (select auth.uid());
  elsif new.state = 'rejected' then
    if new.rejection_comment is null or btrim(new.rejection_comment) = '' then
      raise exception 'a rejection says why' using errcode = '23514';
    end if;
    new.content_hash := old.content_hash;
    new.rejected_at := now();
    new.rejected_by := (select auth.uid());
  end if;
  return new;
end $$;
create trigger learning_agreement_versions_guard before insert or update or delete on public.learning_agreement_versions
  for each row execute function private.guard_learning_agreement_version();

-- A signature: by a party for itself, of a proposed version, with exactly that version's hash.
create or replace function private.guard_learning_agreement_signature() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  v record;
begin
  select x.state, x.content_hash, x.learning_agreement_id into v from public.learning_agreement_versions x where x.id = new.version_id;
  if v.state is distinct from 'proposed' then
    raise exception 'only a proposed version is signed' using errcode = '42501';
  end if;
  if new.content_hash is distinct from v.content_hash then
    raise exception 'the signature''s hash is not the version''s' using errcode = '42501';
  end if;
  if not private.is_system() and not (new.party = any (private.learning_agreement_parties_of(v.learning_agreement_id))) then
    raise exception 'a party signs for itself only' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger learning_agreement_signatures_guard before insert on public.learning_agreement_signatures
  for each row execute function private.guard_learning_agreement_signature();

-- The third matching signature completes the version, whoever signs last and however they reach the table.
create or replace function private.complete_learning_agreement_version() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (select count(*) from public.learning_agreement_signatures s join public.learning_agreement_versions v on v.id = s.version_id
      where s.version_id = new.version_id and s.content_hash = v.content_hash) >= 3 then
    update public.learning_agreement_versions set state = 'signed', updated_at = now() where id = new.version_id and state = 'proposed';
  end if;
  return new;
end $$;
create trigger learning_agreement_signatures_complete after insert on public.learning_agreement_signatures
  for each row execute function private.complete_learning_agreement_version();

revoke execute on function private.guard_learning_agreement(), private.guard_learning_agreement_version(),
  private.guard_learning_agreement_signature(), private.complete_learning_agreement_version(),
  private.learning_agreement_version_hash(uuid) from anon, authenticated, public;
-- The service (and its tests) may recompute a version's hash to check it.
grant execute on function private.learning_agreement_version_hash(uuid) to service_role;

-- ---------------------------------------------------------------- policies
-- Only the three parties read a learning agreement: the student, the sending and the receiving offices.
-- Written on the row's own columns, so a row just inserted is readable in the same statement (returning).
create policy learning_agreements_select on public.learning_agreements for select to authenticated
  using (student_id = (select auth.uid()) or private.is_staff_of(sending_institution_id) or private.is_staff_of(receiving_institution_id));
create policy learning_agreements_insert on public.learning_agreements for insert to authenticated
  with check (created_by = (select auth.uid()));
revoke update on public.learning_agreements from anon, authenticated;
revoke delete on public.learning_agreements from anon, authenticated;

create policy learning_agreement_versions_select on public.learning_agreement_versions for select to authenticated
  using (private.can_see_learning_agreement(learning_agreement_id));
create policy learning_agreement_versions_insert on public.learning_agreement_versions for insert to authenticated
  with check (created_by = (select auth.uid()) and private.may_draft_learning_agreement(learning_agreement_id));
create policy learning_agreement_versions_update on public.learning_agreement_versions for update to authenticated
  using (private.can_see_learning_agreement(learning_agreement_id))
  with check (private.can_see_learning_agreement(learning_agreement_id));
create policy learning_agreement_versions_delete on public.learning_agreement_versions for delete to authenticated
  using (state = 'draft' and private.may_draft_learning_agreement(learning_agreement_id));
revoke update on public.learning_agreement_versions from anon, authenticated;
grant update (state, revision, rejection_comment, updated_at) on public.learning_agreement_versions to authenticated;

create policy learning_agreement_components_select on public.learning_agreement_components for select to authenticated
  using (private.can_see_learning_agreement(private.learning_agreement_of_version(version_id)));
create policy learning_agreement_components_insert on public.learning_agreement_components for insert to authenticated
  with check (private.may_edit_learning_agreement_draft(version_id));
create policy learning_agreement_components_delete on public.learning_agreement_components for delete to authenticated
  using (private.may_edit_learning_agreement_draft(version_id));
-- A draft's lines are replaced, never updated in place.
revoke update on public.learning_agreement_components from anon, authenticated;

create policy learning_agreement_signatures_select on public.learning_agreement_signatures for select to authenticated
  using (private.can_see_learning_agreement(private.learning_agreement_of_version(version_id)));
create policy learning_agreement_signatures_insert on public.learning_agreement_signatures for insert to authenticated
  with check (signed_by = (select auth.uid()));
revoke update, delete on public.learning_agreement_signatures from anon, authenticated;
