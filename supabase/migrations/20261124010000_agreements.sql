-- Cooperation agreements between two or more institutions (schools and enterprises alike):
-- versioned content, approvals of a version, signatures, quota usage, benefit/cost ledger, reminders.
-- The lifecycle's transitions live in shared/agreements/lifecycle.ts; the service enforces them.

create type public.agreement_kind as enum ('bilateral', 'multilateral');
create type public.agreement_state as enum
  ('draft', 'in_negotiation', 'awaiting_signatures', 'active', 'expiring', 'renewed', 'expired', 'terminated');
create type public.ledger_category as enum
  ('funding', 'equipment', 'staff_time', 'course', 'scholarship', 'travel', 'fee', 'other');

create table public.agreements (
  id uuid primary key default gen_random_uuid(),
  kind public.agreement_kind not null,
  state public.agreement_state not null default 'draft',
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb),
  current_version integer not null default 1 check (current_version >= 1),
  -- Copies of the current version's duration, for listing and reminders.
  starts_on date,
  ends_on date check (ends_on is null or starts_on is null or ends_on >= starts_on),
  auto_renew boolean not null default false,
  renewed_from uuid references public.agreements (id) on delete set null,
  state_reason text check (state_reason is null or char_length(state_reason) <= 2000),
  state_changed_at timestamptz not null default now(),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.agreements enable row level security;
create trigger agreements_audit after insert or update or delete on public.agreements
  for each row execute function public.audit_row_change();
create index agreements_state_idx on public.agreements (state, ends_on);

create table public.agreement_parties (
  agreement_id uuid not null references public.agreements (id) on delete cascade,
  institution_id uuid not null references public.institutions (id),
  signatory_name text not null check (char_length(signatory_name) between 1 and 200),
  signatory_title jsonb not null default '{}' check (public.is_locale_map(signatory_title)),
  contact_user_id uuid references public.profiles (id) on delete set null,
  primary key (agreement_id, institution_id)
);
alter table public.agreement_parties enable row level security;
create trigger agreement_parties_audit after insert or update or delete on public.agreement_parties
  for each row execute function public.audit_row_change();
create index agreement_parties_institution_idx on public.agreement_parties (institution_id);

create table public.agreement_versions (
  agreement_id uuid not null references public.agreements (id) on delete cascade,
  number integer not null check (number >= 1),
  content jsonb not null,
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  primary key (agreement_id, number)
);
alter table public.agreement_versions enable row level security;
create trigger agreement_versions_audit after insert or update or delete on public.agreement_versions
  for each row execute function public.audit_row_change();

create table public.agreement_approvals (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null,
  version_number integer not null,
  institution_id uuid not null,
  content_hash text not null,
  approved_by uuid not null default auth.uid() references public.profiles (id),
  approved_at timestamptz not null default now(),
  voided_at timestamptz,
  foreign key (agreement_id, version_number) references public.agreement_versions (agreement_id, number) on delete cascade,
  foreign key (agreement_id, institution_id) references public.agreement_parties (agreement_id, institution_id) on delete cascade,
  unique (agreement_id, version_number, institution_id)
);
alter table public.agreement_approvals enable row level security;
create trigger agreement_approvals_audit after insert or update or delete on public.agreement_approvals
  for each row execute function public.audit_row_change();

create table public.agreement_signatures (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null,
  version_number integer not null,
  institution_id uuid not null,
  content_hash text not null,
  signatory_name text not null check (char_length(signatory_name) between 1 and 200),
  signed_by uuid not null default auth.uid() references public.profiles (id),
  signed_at timestamptz not null default now(),
  file_id uuid references public.files (id) on delete set null,
  foreign key (agreement_id, version_number) references public.agreement_versions (agreement_id, number) on delete cascade,
  foreign key (agreement_id, institution_id) references public.agreement_parties (agreement_id, institution_id) on delete cascade,
  unique (agreement_id, version_number, institution_id)
);
alter table public.agreement_signatures enable row level security;
create trigger agreement_signatures_audit after insert or update or delete on public.agreement_signatures
  for each row execute function public.audit_row_change();

-- Places used against a cooperation condition (the mobility module records nominations here).
create table public.agreement_quota_usage (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references public.agreements (id) on delete cascade,
  condition_id text not null check (char_length(condition_id) between 1 and 64),
  academic_year text not null check (academic_year ~ '^[0-9]{4}/[0-9]{4}$'),
  places integer not null check (places between 1 and 1000),
  source text not null check (char_length(source) between 1 and 64),
  source_id uuid,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);
alter table public.agreement_quota_usage enable row level security;
create trigger agreement_quota_usage_audit after insert or update or delete on public.agreement_quota_usage
  for each row execute function public.audit_row_change();
create index agreement_quota_usage_idx on public.agreement_quota_usage (agreement_id, condition_id, academic_year);

create table public.agreement_ledger (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references public.agreements (id) on delete cascade,
  institution_id uuid not null,
  entry_date date not null,
  amount numeric(14, 2) not null check (amount >= 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  category public.ledger_category not null,
  note jsonb not null default '{}' check (public.is_locale_map(note)),
  file_id uuid references public.files (id) on delete set null,
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  foreign key (agreement_id, institution_id) references public.agreement_parties (agreement_id, institution_id) on delete cascade
);
alter table public.agreement_ledger enable row level security;
create trigger agreement_ledger_audit after insert or update or delete on public.agreement_ledger
  for each row execute function public.audit_row_change();
create index agreement_ledger_agreement_idx on public.agreement_ledger (agreement_id, entry_date);

-- One row per reminder sent: the key makes a second run for the same threshold and end date a no-op.
create table public.agreement_reminders (
  agreement_id uuid not null references public.agreements (id) on delete cascade,
  threshold_days integer not null,
  ends_on date not null,
  sent_at timestamptz not null default now(),
  primary key (agreement_id, threshold_days, ends_on)
);
alter table public.agreement_reminders enable row level security;
create trigger agreement_reminders_audit after insert or update or delete on public.agreement_reminders
  for each row execute function public.audit_row_change();

-- ---------------------------------------------------------------- helpers
create or replace function public.is_agreement_party_staff(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.agreement_parties p
    where p.agreement_id = agreement and public.is_staff_of(p.institution_id)
  )
$$;
-- The creator of an agreement may add its first parties before being able to see it as a party.
create or replace function public.is_agreement_creator(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.agreements a where a.id = agreement and a.created_by = (select auth.uid()) and a.state = 'draft')
$$;
create or replace function public.is_agreement_public(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.agreements a where a.id = agreement and a.state in ('active', 'expiring'))
$$;
create or replace function public.can_manage_agreement(agreement uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select public.is_secretariat() or public.is_agreement_party_staff(agreement)
$$;
create or replace function public.owns_file(file uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select file is null or exists (select 1 from public.files f where f.id = file and f.owner_id = (select auth.uid()))
$$;

-- ---------------------------------------------------------------- policies
-- Agreements: active ones (title, kind, dates, parties) are public; drafts and negotiations belong to
-- the parties' staff and the secretariat.
create policy agreements_select_public on public.agreements for select to anon, authenticated
  using (state in ('active', 'expiring'));
create policy agreements_select_parties on public.agreements for select to authenticated
  using (public.can_manage_agreement(id) or (created_by = (select auth.uid()) and state = 'draft'));
create policy agreements_insert on public.agreements for insert to authenticated
  with check (created_by = (select auth.uid()) and state = 'draft'
    and (public.has_role('partner_staff') or public.has_role('office_staff') or public.is_secretariat()));
create policy agreements_update on public.agreements for update to authenticated
  using (public.can_manage_agreement(id)) with check (public.can_manage_agreement(id));

create policy agreement_parties_select on public.agreement_parties for select to anon, authenticated
  using (public.is_agreement_public(agreement_id));
create policy agreement_parties_select_parties on public.agreement_parties for select to authenticated
  using (public.can_manage_agreement(agreement_id) or public.is_agreement_creator(agreement_id));
create policy agreement_parties_insert on public.agreement_parties for insert to authenticated
  with check (public.can_manage_agreement(agreement_id) or public.is_agreement_creator(agreement_id));
create policy agreement_parties_update on public.agreement_parties for update to authenticated
  using (public.can_manage_agreement(agreement_id)) with check (public.can_manage_agreement(agreement_id));
create policy agreement_parties_delete on public.agreement_parties for delete to authenticated
  using (public.can_manage_agreement(agreement_id));

-- Terms: the parties and the secretariat always; community members once the agreement is active.
create policy agreement_versions_select on public.agreement_versions for select to authenticated
  using (public.can_manage_agreement(agreement_id) or public.is_agreement_creator(agreement_id)
    or (public.is_agreement_public(agreement_id) and public.is_community_member()));
create policy agreement_versions_insert on public.agreement_versions for insert to authenticated
  with check (created_by = (select auth.uid())
    and (public.can_manage_agreement(agreement_id) or public.is_agreement_creator(agreement_id)));

-- A party approves and signs only for its own institution.
create policy agreement_approvals_select on public.agreement_approvals for select to authenticated
  using (public.can_manage_agreement(agreement_id));
create policy agreement_approvals_insert on public.agreement_approvals for insert to authenticated
  with check (approved_by = (select auth.uid()) and public.is_staff_of(institution_id));
create policy agreement_approvals_update on public.agreement_approvals for update to authenticated
  using (public.can_manage_agreement(agreement_id)) with check (public.can_manage_agreement(agreement_id));
revoke update on public.agreement_approvals from anon, authenticated;
grant update (voided_at) on public.agreement_approvals to authenticated;

create policy agreement_signatures_select on public.agreement_signatures for select to authenticated
  using (public.can_manage_agreement(agreement_id)
    or (public.is_agreement_public(agreement_id) and public.is_community_member()));
create policy agreement_signatures_insert on public.agreement_signatures for insert to authenticated
  with check (signed_by = (select auth.uid()) and public.is_staff_of(institution_id) and public.owns_file(file_id));

create policy agreement_quota_usage_select on public.agreement_quota_usage for select to authenticated
  using (public.can_manage_agreement(agreement_id));
create policy agreement_quota_usage_insert on public.agreement_quota_usage for insert to authenticated
  with check (public.can_manage_agreement(agreement_id));
create policy agreement_quota_usage_delete on public.agreement_quota_usage for delete to authenticated
  using (public.can_manage_agreement(agreement_id));

-- Ledger: parties' staff and the secretariat read; staff record their own institution's entries.
create policy agreement_ledger_select on public.agreement_ledger for select to authenticated
  using (public.can_manage_agreement(agreement_id));
create policy agreement_ledger_insert on public.agreement_ledger for insert to authenticated
  with check (created_by = (select auth.uid()) and public.owns_file(file_id)
    and (public.is_secretariat() or (public.is_staff_of(institution_id) and public.is_agreement_party_staff(agreement_id))));
create policy agreement_ledger_delete on public.agreement_ledger for delete to authenticated
  using (created_by = (select auth.uid()) or public.is_secretariat());

create policy agreement_reminders_select on public.agreement_reminders for select to authenticated
  using (public.can_manage_agreement(agreement_id));
revoke insert, update, delete on public.agreement_reminders from anon, authenticated;
revoke update, delete on public.agreement_versions, public.agreement_signatures from anon, authenticated;

-- Scans of signed copies and ledger receipts are readable by whoever reads the row that attaches them.
create policy files_select_agreement on public.files for select to authenticated
  using (exists (select 1 from public.agreement_signatures s where s.file_id = files.id)
    or exists (select 1 from public.agreement_ledger l where l.file_id = files.id));
