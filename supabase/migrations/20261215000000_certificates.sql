-- Joint certificates (issue 19, data layer). A template (owned by one institution, 2–3 languages, co-issuing
-- institutions with their signatories) yields certificates for holders. A certificate is drafted, submitted (the
-- database then allocates its serial and computes the SHA-256 of its canonical content), approved by every co-issuer
-- naming that hash, and issued by the database when the last approval arrives. A correction is a new certificate that
-- supersedes the old one once issued; any co-issuer's staff may revoke with a reason. The lifecycle lives in
-- shared/certificates/lifecycle.ts and public.certificate_transitions (a db test keeps them equal).
-- Verifiable Credentials (keys, proofs, status lists) are not here: status_index is the seam (docs/certificates.md).

create type public.certificate_template_state as enum ('draft', 'active', 'archived');
create type public.certificate_state as enum ('draft', 'pending', 'issued', 'revoked', 'superseded');
create type public.certificate_source as enum ('activity', 'mobility', 'conference', 'manual');

-- What a template may show besides its title: the holder's name in native script and in Latin letters, and details.
create or replace function private.certificate_fields() returns text[]
language sql immutable set search_path = '' as $$
  select array['native_name', 'latin_name', 'programme', 'hours', 'credits', 'dates', 'outcomes']
$$;

create or replace function private.all_distinct(items text[]) returns boolean
language sql immutable set search_path = '' as $$
  select cardinality(items) = (select count(distinct x) from unnest(items) x)
$$;

create table public.certificate_templates (
  id uuid primary key default gen_random_uuid(),
  owner_institution_id uuid not null references public.institutions (id),
  state public.certificate_template_state not null default 'draft',
  -- Two or three of the ten, side by side on the document, in this order.
  languages text[] not null check (cardinality(languages) between 2 and 3 and languages <@ public.locale_codes()
    and private.all_distinct(languages)),
  title jsonb not null check (public.is_locale_map(title) and title <> '{}'::jsonb and pg_column_size(title) <= 20000),
  programme jsonb not null default '{}' check (public.is_locale_map(programme) and pg_column_size(programme) <= 20000),
  body jsonb not null default '{}' check (public.is_locale_map(body) and pg_column_size(body) <= 100000),
  outcomes jsonb not null default '{}' check (public.is_locale_map(outcomes) and pg_column_size(outcomes) <= 100000),
  hours numeric(6, 1) check (hours is null or (hours > 0 and hours <= 10000)),
  credits numeric(6, 2) check (credits is null or (credits > 0 and credits <= 999)),
  credit_label text check (credit_label is null or char_length(credit_label) between 1 and 40),
  shown_fields text[] not null default '{native_name,latin_name,programme,dates}' check (shown_fields <@ private.certificate_fields()),
  -- Months a certificate stays valid after it is issued; null: it does not expire.
  validity_months integer check (validity_months is null or validity_months between 1 and 600),
  -- e.g. CAEC-{YYYY}-{SEQ:5}: {YYYY} is the year of submission, {SEQ:n} the number within scheme and year, n digits.
  serial_scheme text not null check (serial_scheme ~ '^[A-Za-z0-9./_{}:-]{1,60}$' and serial_scheme ~ '\{SEQ:[1-9]\}'
    and serial_scheme !~ '\{SEQ:[1-9]\}.*\{SEQ:' and regexp_replace(serial_scheme, '\{YYYY\}|\{SEQ:[1-9]\}', '', 'g') !~ '[{}]'),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.certificate_templates enable row level security;
create trigger certificate_templates_audit after insert or update or delete on public.certificate_templates
  for each row execute function private.audit_row_change();
create index certificate_templates_owner_idx on public.certificate_templates (owner_institution_id, state);

create table public.certificate_template_issuers (
  template_id uuid not null references public.certificate_templates (id) on delete cascade,
  -- Any member institution: universities, colleges and enterprises alike.
  institution_id uuid not null references public.institutions (id),
  position integer not null check (position between 0 and 20),
  signatory_name jsonb not null check (public.is_locale_map(signatory_name) and signatory_name <> '{}'::jsonb and pg_column_size(signatory_name) <= 4000),
  signatory_title jsonb not null default '{}' check (public.is_locale_map(signatory_title) and pg_column_size(signatory_title) <= 4000),
  logo_file_id uuid references public.files (id) on delete set null,
  primary key (template_id, institution_id),
  unique (template_id, position)
);
alter table public.certificate_template_issuers enable row level security;
create trigger certificate_template_issuers_audit after insert or update or delete on public.certificate_template_issuers
  for each row execute function private.audit_row_change();
create index certificate_template_issuers_institution_idx on public.certificate_template_issuers (institution_id);

create table public.certificates (
  id uuid primary key default gen_random_uuid(),
  template_id uuid not null references public.certificate_templates (id),
  holder_id uuid not null references public.profiles (id) on delete cascade,
  holder_name_native text not null check (char_length(btrim(holder_name_native)) between 1 and 200),
  holder_name_latin text not null check (char_length(btrim(holder_name_latin)) between 1 and 200),
  -- Copied from the template by the database at insert: what the issuers approve never follows later template edits.
  languages text[] not null default '{}',
  title jsonb not null default '{}',
  shown_fields text[] not null default '{}',
  issuers jsonb not null default '[]',
  issuer_ids uuid[] not null default '{}',
  -- The certificate's own details: programme, hours, credits, creditLabel, startsOn, endsOn, outcomes, body.
  fields jsonb not null default '{}' check (jsonb_typeof(fields) = 'object' and pg_column_size(fields) <= 200000),
  source_kind public.certificate_source not null,
  source_id uuid,
  state public.certificate_state not null default 'draft',
  -- Allocated and computed by the database on submission; never change after.
  serial text unique,
  content_hash text check (content_hash is null or content_hash ~ '^[0-9a-f]{64}$'),
  -- The public verification page's address: 128 random bits, not the row id.
  public_id text not null unique default replace(gen_random_uuid()::text, '-', '') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 8)
    check (public_id ~ '^[0-9a-f]{40}$'),
  supersedes_id uuid unique references public.certificates (id),
  -- The Verifiable Credentials library's bit in its BitstringStatusList (allocated by it, null until then).
  status_index integer unique check (status_index is null or status_index >= 0),
  submitted_at timestamptz,
  issued_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references public.profiles (id),
  revocation_reason text check (revocation_reason is null or char_length(btrim(revocation_reason)) between 1 and 2000),
  revocation_language text check (revocation_language is null or revocation_language = any (public.locale_codes())),
  created_by uuid not null default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((source_kind = 'manual') = (source_id is null)),
  check ((state = 'draft') = (content_hash is null)),
  -- A draft returned for changes keeps the serial it was given.
  check (state = 'draft' or serial is not null),
  check ((state in ('issued', 'revoked', 'superseded')) = (issued_at is not null)),
  check ((state = 'revoked') = (revoked_at is not null)),
  check ((state = 'revoked') = (revocation_reason is not null and revocation_language is not null))
);
alter table public.certificates enable row level security;
create trigger certificates_audit after insert or update or delete on public.certificates
  for each row execute function private.audit_row_change();
create index certificates_holder_idx on public.certificates (holder_id, state);
create index certificates_template_idx on public.certificates (template_id, state);
create index certificates_issuers_idx on public.certificates using gin (issuer_ids);
-- One certificate per holder, template and source (a batch run twice issues nothing twice); corrections and revoked
-- ones are outside it, so a holder whose certificate was revoked can be issued a new one.
create unique index certificates_one_per_source on public.certificates (template_id, holder_id, source_kind, source_id)
  where supersedes_id is null and source_kind <> 'manual' and state <> 'revoked';

create table public.certificate_approvals (
  id uuid primary key default gen_random_uuid(),
  certificate_id uuid not null references public.certificates (id) on delete cascade,
  institution_id uuid not null references public.institutions (id),
  content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
  approved_by uuid not null default auth.uid() references public.profiles (id),
  approved_at timestamptz not null default now(),
  -- Kept when a certificate is returned for changes: an approval counts only while its hash is the certificate's.
  unique (certificate_id, institution_id, content_hash)
);
alter table public.certificate_approvals enable row level security;
create trigger certificate_approvals_audit after insert or update or delete on public.certificate_approvals
  for each row execute function private.audit_row_change();
create index certificate_approvals_institution_idx on public.certificate_approvals (institution_id);

-- The last number given per serial scheme and year: taken under the row's lock in the submitting transaction, so
-- numbers never repeat and, since a submission that rolls back gives its number back, never leave a gap. Templates
-- with the same scheme (an institution's several programmes under CAEC-{YYYY}-{SEQ:5}) share one sequence, so a serial
-- names one certificate; a template with a scheme of its own numbers its certificates 1, 2, 3… each year.
create table public.certificate_serials (
  scheme text not null,
  year integer not null check (year between 2000 and 2200),
  last_number integer not null check (last_number >= 1),
  primary key (scheme, year)
);
alter table public.certificate_serials enable row level security;
revoke all on public.certificate_serials from anon, authenticated;

-- The steps a co-issuer's staff take; 'issue' and 'supersede' are taken by the database (all approvals; the
-- correction issued). Copied in shared/certificates/lifecycle.ts.
create table public.certificate_transitions (
  action text not null,
  from_state public.certificate_state not null,
  to_state public.certificate_state not null,
  by_database boolean not null default false,
  primary key (from_state, to_state)
);
alter table public.certificate_transitions enable row level security;
create policy certificate_transitions_select on public.certificate_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.certificate_transitions from anon, authenticated;
insert into public.certificate_transitions (action, from_state, to_state, by_database) values
  ('submit', 'draft', 'pending', false),
  ('return', 'pending', 'draft', false),
  ('issue', 'pending', 'issued', true),
  ('revoke', 'issued', 'revoked', false),
  ('supersede', 'issued', 'superseded', true);

create table public.certificate_template_transitions (
  action text not null,
  from_state public.certificate_template_state not null,
  to_state public.certificate_template_state not null,
  primary key (from_state, to_state)
);
alter table public.certificate_template_transitions enable row level security;
create policy certificate_template_transitions_select on public.certificate_template_transitions for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.certificate_template_transitions from anon, authenticated;
insert into public.certificate_template_transitions (action, from_state, to_state) values
  ('activate', 'draft', 'active'),
  ('archive', 'active', 'archived'),
  ('reactivate', 'archived', 'active');

-- ---------------------------------------------------------------- helpers
create or replace function private.is_staff_of_any(insts uuid[]) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from unnest(insts) i where private.is_staff_of(i))
$$;
-- Staff of the owner or of any co-issuer of a template.
create or replace function private.sees_certificate_template(template uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.certificate_templates t where t.id = template and private.is_staff_of(t.owner_institution_id))
    or exists (select 1 from public.certificate_template_issuers i where i.template_id = template and private.is_staff_of(i.institution_id))
$$;
create or replace function private.owns_certificate_template(template uuid, draft_only boolean) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.certificate_templates t where t.id = template and private.is_staff_of(t.owner_institution_id)
    and (not draft_only or t.state = 'draft'))
$$;
create or replace function private.is_certificate_issuer_staff(cert uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.certificates c where c.id = cert and private.is_staff_of_any(c.issuer_ids))
$$;

-- What every co-issuer approves: the certificate's canonical content. jsonb prints keys in one order, so equal content
-- always gives the same text and the same hash; the VC library and the PDF carry the same hash.
create or replace function private.certificate_hash_of(c public.certificates) returns text
language sql immutable set search_path = '' as $$
  select encode(sha256(convert_to(jsonb_build_object(
    'certificate', c.id, 'publicId', c.public_id, 'serial', c.serial, 'template', c.template_id,
    'holder', c.holder_id, 'nativeName', c.holder_name_native, 'latinName', c.holder_name_latin,
    'languages', to_jsonb(c.languages), 'title', c.title, 'shownFields', to_jsonb(c.shown_fields), 'fields', c.fields,
    'issuers', c.issuers, 'source', jsonb_build_object('kind', c.source_kind, 'id', c.source_id), 'supersedes', c.supersedes_id
  )::text, 'UTF8')), 'hex')
$$;
create or replace function private.certificate_content_hash(cert uuid) returns text
language sql stable security definer set search_path = '' as $$
  select private.certificate_hash_of(c) from public.certificates c where c.id = cert
$$;

-- The next serial of a template in a year: the counter row is locked until the transaction ends.
create or replace function private.next_certificate_serial(serial_scheme text, at_year integer) returns text
language plpgsql security definer set search_path = '' as $$
declare
  n integer;
  width integer := substring(serial_scheme from '\{SEQ:([1-9])\}')::integer;
begin
  insert into public.certificate_serials as s (scheme, year, last_number) values (serial_scheme, at_year, 1)
    on conflict (scheme, year) do update set last_number = s.last_number + 1
    returning s.last_number into n;
  return regexp_replace(replace(serial_scheme, '{YYYY}', at_year::text), '\{SEQ:[1-9]\}', lpad(n::text, greatest(width, char_length(n::text)), '0'));
end $$;

-- ---------------------------------------------------------------- guards
-- A template: created as a draft by its owner's staff; its content changes only as a draft; the state moves along
-- certificate_template_transitions; a template is activated only with its owner among its issuers. A template that certificates use is never deleted (the foreign key refuses).
create or replace function private.guard_certificate_template() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    if new.state <> 'draft' then
      raise exception 'a template starts as a draft' using errcode = '42501';
    end if;
    if not private.is_system() and not private.is_staff_of(new.owner_institution_id) then
      raise exception 'a template is made by its owner''s staff' using errcode = '42501';
    end if;
    return new;
  end if;
  if tg_op = 'DELETE' then
    if old.state <> 'draft' and not private.is_system() then
      raise exception 'only a draft template is deleted' using errcode = '42501';
    end if;
    return old;
  end if;
  if new.owner_institution_id <> old.owner_institution_id or new.created_by <> old.created_by then
    raise exception 'a template keeps its owner' using errcode = '42501';
  end if;
  if new.state = old.state then
    if old.state <> 'draft' then
      raise exception 'only a draft template is edited' using errcode = '42501';
    end if;
  else
    if row(new.languages, new.title, new.programme, new.body, new.outcomes, new.hours, new.credits, new.credit_label, new.shown_fields, new.validity_months, new.serial_scheme)
       is distinct from row(old.languages, old.title, old.programme, old.body, old.outcomes, old.hours, old.credits, old.credit_label, old.shown_fields, old.validity_months, old.serial_scheme) then
      raise exception 'a template changes state or content, not both' using errcode = '42501';
    end if;
    if not exists (select 1 from public.certificate_template_transitions t where t.from_state = old.state and t.to_state = new.state) then
      raise exception 'a template cannot go from % to %', old.state, new.state using errcode = '42501';
    end if;
    if new.state = 'active' and not exists (select 1 from public.certificate_template_issuers i
        where i.template_id = old.id and i.institution_id = old.owner_institution_id) then
      raise exception 'an active template names its owner among the issuers' using errcode = '23514';
    end if;
  end if;
  new.updated_at := now();
  return new;
end $$;
create trigger certificate_templates_guard before insert or update or delete on public.certificate_templates
  for each row execute function private.guard_certificate_template();

create or replace function private.guard_certificate_template_issuer() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  template uuid := coalesce(new.template_id, old.template_id);
begin
  if tg_op = 'UPDATE' and (new.template_id <> old.template_id or new.institution_id <> old.institution_id) then
    raise exception 'an issuer line keeps its template and institution' using errcode = '42501';
  end if;
  if not private.is_system() and not private.owns_certificate_template(template, true) then
    raise exception 'issuers are set by the owner''s staff while the template is a draft' using errcode = '42501';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end $$;
create trigger certificate_template_issuers_guard before insert or update or delete on public.certificate_template_issuers
  for each row execute function private.guard_certificate_template_issuer();

-- A certificate: drafted from an active template by a co-issuer's staff, with the template's snapshot copied here
-- whatever the client sent; edited only as a draft; submitted (serial and hash fixed), returned to a draft (approvals
-- dropped), issued by the database, revoked with a reason by a co-issuer's staff, superseded by the database.
create or replace function private.guard_certificate() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  t record;
  step record;
  old_cert record;
begin
  if tg_op = 'INSERT' then
    select x.id, x.state, x.languages, x.title, x.shown_fields into t from public.certificate_templates x where x.id = new.template_id;
    if not found then
      raise exception 'no such template' using errcode = '23503';
    end if;
    if t.state <> 'active' then
      raise exception 'certificates are issued from an active template' using errcode = '23514';
    end if;
    if new.state <> 'draft' or new.serial is not null or new.content_hash is not null or new.issued_at is not null
       or new.revoked_at is not null or new.status_index is not null then
      raise exception 'a certificate starts as a draft' using errcode = '42501';
    end if;
    new.languages := t.languages;
    new.title := t.title;
    new.shown_fields := t.shown_fields;
    select coalesce(array_agg(i.institution_id order by i.position), '{}'),
      coalesce(jsonb_agg(jsonb_build_object('institutionId', i.institution_id, 'name', inst.name, 'position', i.position,
        'signatoryName', i.signatory_name, 'signatoryTitle', i.signatory_title, 'logoFileId', i.logo_file_id) order by i.position), '[]'::jsonb)
      into new.issuer_ids, new.issuers
      from public.certificate_template_issuers i join public.institutions inst on inst.id = i.institution_id
      where i.template_id = t.id;
    if cardinality(new.issuer_ids) = 0 then
      raise exception 'a certificate has at least one issuer' using errcode = '23514';
    end if;
    if not private.is_system() and not private.is_staff_of_any(new.issuer_ids) then
      raise exception 'a certificate is drafted by a co-issuer''s staff' using errcode = '42501';
    end if;
    if new.supersedes_id is not null then
      select c.state, c.template_id, c.holder_id into old_cert from public.certificates c where c.id = new.supersedes_id;
      if not found or old_cert.state <> 'issued' or old_cert.template_id <> new.template_id or old_cert.holder_id <> new.holder_id then
        raise exception 'a correction supersedes an issued certificate of the same template and holder' using errcode = '23514';
      end if;
    end if;
    new.created_at := now();
    new.updated_at := now();
    return new;
  end if;
  if tg_op = 'DELETE' then
    if old.state <> 'draft' and not private.is_system() then
      raise exception 'a submitted certificate is kept' using errcode = '42501';
    end if;
    return old;
  end if;
  if row(new.template_id, new.holder_id, new.languages, new.title, new.shown_fields, new.issuers, new.issuer_ids, new.source_kind,
         new.source_id, new.public_id, new.supersedes_id, new.created_by, new.created_at)
     is distinct from row(old.template_id, old.holder_id, old.languages, old.title, old.shown_fields, old.issuers, old.issuer_ids, old.source_kind,
         old.source_id, old.public_id, old.supersedes_id, old.created_by, old.created_at) then
    raise exception 'a certificate keeps its template, holder, issuers and source' using errcode = '42501';
  end if;
  new.updated_at := now();
  if new.state = old.state then
    -- The VC library's status bit is the service's to set, once.
    if new.status_index is distinct from old.status_index and (not private.is_system() or old.status_index is not null) then
      raise exception 'a certificate''s status index is set once, by the service' using errcode = '42501';
    end if;
    if old.state <> 'draft' and row(new.holder_name_native, new.holder_name_latin, new.fields, new.serial, new.content_hash, new.issued_at,
        new.expires_at, new.revoked_at, new.revocation_reason, new.revocation_language) is distinct from row(old.holder_name_native,
        old.holder_name_latin, old.fields, old.serial, old.content_hash, old.issued_at, old.expires_at, old.revoked_at, old.revocation_reason,
        old.revocation_language) then
      raise exception 'a submitted certificate never changes' using errcode = '42501';
    end if;
    if not private.is_system() and not private.is_staff_of_any(old.issuer_ids) then
      raise exception 'a certificate is edited by a co-issuer''s staff' using errcode = '42501';
    end if;
    return new;
  end if;
  select x.action, x.by_database into step from public.certificate_transitions x where x.from_state = old.state and x.to_state = new.state;
  if not found then
    raise exception 'a certificate cannot go from % to %', old.state, new.state using errcode = '42501';
  end if;
  if not step.by_database and not private.is_system() and not private.is_staff_of_any(old.issuer_ids) then
    raise exception 'a certificate cannot go from % to % by this person', old.state, new.state using errcode = '42501';
  end if;
  if row(new.holder_name_native, new.holder_name_latin, new.fields) is distinct from row(old.holder_name_native, old.holder_name_latin, old.fields) then
    raise exception 'a certificate changes state or content, not both' using errcode = '42501';
  end if;
  if step.action = 'submit' then
    if old.serial is not null then
      -- Returned and submitted again: the serial it was given stays.
      new.serial := old.serial;
    else
      new.serial := private.next_certificate_serial((select x.serial_scheme from public.certificate_templates x where x.id = old.template_id),
        extract(year from now())::integer);
    end if;
    new.submitted_at := now();
    new.issued_at := null;
    new.revoked_at := null;
    -- The hash covers the serial: computed from the row as it will be stored.
    new.content_hash := private.certificate_hash_of(new);
  elsif step.action = 'return' then
    -- Back to a draft to change: approvals given stay on record, but name a hash the changed content will not have.
    new.content_hash := null;
    new.submitted_at := null;
  elsif step.action = 'issue' then
    if exists (select 1 from unnest(old.issuer_ids) i where not exists (select 1 from public.certificate_approvals a
        where a.certificate_id = old.id and a.institution_id = i and a.content_hash = old.content_hash)) then
      raise exception 'a certificate is issued when every co-issuer approved it' using errcode = '42501';
    end if;
    if private.certificate_hash_of(new) <> old.content_hash then
      raise exception 'an issued certificate is what its co-issuers approved' using errcode = '42501';
    end if;
    new.issued_at := now();
    new.expires_at := (select case when x.validity_months is null then null else now() + make_interval(months => x.validity_months) end
      from public.certificate_templates x where x.id = old.template_id);
  elsif step.action = 'supersede' then
    if not exists (select 1 from public.certificates n where n.supersedes_id = old.id and n.state = 'issued') then
      raise exception 'a certificate is superseded when its correction is issued' using errcode = '42501';
    end if;
  elsif step.action = 'revoke' then
    if new.revocation_reason is null or btrim(new.revocation_reason) = '' or new.revocation_language is null then
      raise exception 'a revocation says why' using errcode = '23514';
    end if;
    new.revoked_at := now();
    new.revoked_by := (select auth.uid());
  end if;
  if step.action <> 'revoke' and (new.revocation_reason is not null or new.revocation_language is not null) then
    raise exception 'only a revocation gives a reason' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger certificates_guard before insert or update or delete on public.certificates
  for each row execute function private.guard_certificate();

-- The approval: by a co-issuer's staff for their institution, of a pending certificate, naming exactly its hash.
create or replace function private.guard_certificate_approval() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c record;
begin
  if tg_op <> 'INSERT' then
    if not private.is_system() then
      raise exception 'an approval is kept as given' using errcode = '42501';
    end if;
    return coalesce(new, old);
  end if;
  select x.state, x.content_hash, x.issuer_ids into c from public.certificates x where x.id = new.certificate_id for update;
  if not found then
    raise exception 'no such certificate' using errcode = '23503';
  end if;
  if c.state <> 'pending' then
    raise exception 'only a pending certificate is approved' using errcode = '42501';
  end if;
  if not (new.institution_id = any (c.issuer_ids)) then
    raise exception 'an approval is given by a co-issuer' using errcode = '42501';
  end if;
  if new.content_hash is distinct from c.content_hash then
    raise exception 'the approval''s hash is not the certificate''s' using errcode = '42501';
  end if;
  if not private.is_system() and not private.is_staff_of(new.institution_id) then
    raise exception 'an institution''s staff approve for it' using errcode = '42501';
  end if;
  new.approved_at := now();
  return new;
end $$;
create trigger certificate_approvals_guard before insert or update or delete on public.certificate_approvals
  for each row execute function private.guard_certificate_approval();

-- The last matching approval issues the certificate, whoever approves last and however they reach the table;
-- an issued correction supersedes the certificate it corrects.
create or replace function private.complete_certificate() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  c record;
begin
  select x.id, x.content_hash, x.issuer_ids, x.supersedes_id into c from public.certificates x where x.id = new.certificate_id;
  if not exists (select 1 from unnest(c.issuer_ids) i where not exists (select 1 from public.certificate_approvals a
      where a.certificate_id = c.id and a.institution_id = i and a.content_hash = c.content_hash)) then
    update public.certificates set state = 'issued' where id = c.id and state = 'pending';
    if c.supersedes_id is not null then
      update public.certificates set state = 'superseded' where id = c.supersedes_id and state = 'issued';
    end if;
  end if;
  return new;
end $$;
create trigger certificate_approvals_complete after insert on public.certificate_approvals
  for each row execute function private.complete_certificate();

revoke execute on function private.guard_certificate_template(), private.guard_certificate_template_issuer(), private.guard_certificate(),
  private.guard_certificate_approval(), private.complete_certificate(), private.next_certificate_serial(text, integer),
  private.certificate_content_hash(uuid), private.certificate_hash_of(public.certificates) from anon, authenticated, public;
-- The service (and its tests, and the VC library) may recompute a certificate's hash to check it.
grant execute on function private.certificate_content_hash(uuid) to service_role;

-- ---------------------------------------------------------------- policies
-- Templates: the owner's and the co-issuers' staff read them; the owner's staff write them (drafts, by the guard).
create policy certificate_templates_select on public.certificate_templates for select to authenticated
  using (private.is_staff_of(owner_institution_id) or private.sees_certificate_template(id));
create policy certificate_templates_insert on public.certificate_templates for insert to authenticated
  with check (created_by = (select auth.uid()) and private.is_staff_of(owner_institution_id));
create policy certificate_templates_update on public.certificate_templates for update to authenticated
  using (private.is_staff_of(owner_institution_id)) with check (private.is_staff_of(owner_institution_id));
create policy certificate_templates_delete on public.certificate_templates for delete to authenticated
  using (private.is_staff_of(owner_institution_id) and state = 'draft');
revoke update on public.certificate_templates from anon, authenticated;
grant update (state, languages, title, programme, body, outcomes, hours, credits, credit_label, shown_fields, validity_months,
  serial_scheme, updated_at) on public.certificate_templates to authenticated;

create policy certificate_template_issuers_select on public.certificate_template_issuers for select to authenticated
  using (private.sees_certificate_template(template_id));
create policy certificate_template_issuers_insert on public.certificate_template_issuers for insert to authenticated
  with check (private.owns_certificate_template(template_id, true) and private.owns_file(logo_file_id));
create policy certificate_template_issuers_update on public.certificate_template_issuers for update to authenticated
  using (private.owns_certificate_template(template_id, true)) with check (private.owns_certificate_template(template_id, true) and private.owns_file(logo_file_id));
create policy certificate_template_issuers_delete on public.certificate_template_issuers for delete to authenticated
  using (private.owns_certificate_template(template_id, true));

-- Certificates: the co-issuers' staff (drafts too) and the holder (once issued); nobody else. Written on the row's
-- own columns, so a row just inserted is readable in the same statement.
create policy certificates_select on public.certificates for select to authenticated
  using (private.is_staff_of_any(issuer_ids) or (holder_id = (select auth.uid()) and state in ('issued', 'revoked', 'superseded')));
create policy certificates_insert on public.certificates for insert to authenticated
  with check (created_by = (select auth.uid()) and private.is_staff_of_any(issuer_ids));
create policy certificates_update on public.certificates for update to authenticated
  using (private.is_staff_of_any(issuer_ids)) with check (private.is_staff_of_any(issuer_ids));
create policy certificates_delete on public.certificates for delete to authenticated
  using (private.is_staff_of_any(issuer_ids) and state = 'draft');
revoke update on public.certificates from anon, authenticated;
grant update (state, holder_name_native, holder_name_latin, fields, revocation_reason, revocation_language, updated_at)
  on public.certificates to authenticated;

create policy certificate_approvals_select on public.certificate_approvals for select to authenticated
  using (private.is_certificate_issuer_staff(certificate_id));
create policy certificate_approvals_insert on public.certificate_approvals for insert to authenticated
  with check (approved_by = (select auth.uid()) and private.is_staff_of(institution_id));
revoke update, delete on public.certificate_approvals from anon, authenticated;

-- Logos are readable by whoever reads a template that shows them.
create policy files_select_certificate_logo on public.files for select to authenticated
  using (exists (select 1 from public.certificate_template_issuers i where i.logo_file_id = files.id and private.sees_certificate_template(i.template_id)));

-- ---------------------------------------------------------------- the public verification
-- Anyone, signed in or not, who has a certificate's public id reads what the certificate itself shows and its
-- status: the holder's name as shown, the issuers (names, signatories), title, shown details, dates, serial, status
-- and a revocation's reason. Never the holder's profile id or email, never a draft or pending certificate.
create or replace function public.certificate_public(p_public_id text) returns table (
  public_id text, serial text, status text, languages text[], title jsonb, holder_name_native text, holder_name_latin text,
  fields jsonb, issuers jsonb, issued_at timestamptz, expires_at timestamptz, revoked_at timestamptz,
  revocation_reason text, revocation_language text, superseded_by text, content_hash text, status_index integer
)
language sql stable security definer set search_path = '' as $$
  select c.public_id, c.serial,
    case when c.state = 'revoked' then 'revoked' when c.state = 'superseded' then 'superseded'
      when c.expires_at is not null and c.expires_at <= now() then 'expired' else 'valid' end,
    c.languages, c.title,
    case when 'native_name' = any (c.shown_fields) then c.holder_name_native end,
    case when 'latin_name' = any (c.shown_fields) or not ('native_name' = any (c.shown_fields)) then c.holder_name_latin end,
    (select coalesce(jsonb_object_agg(f.key, f.value), '{}'::jsonb) from jsonb_each(c.fields) f
      where f.key = any (array['programme', 'hours', 'credits', 'creditLabel', 'startsOn', 'endsOn', 'outcomes', 'body'])
        and (f.key = 'body' or (f.key in ('programme') and 'programme' = any (c.shown_fields)) or (f.key = 'hours' and 'hours' = any (c.shown_fields))
          or (f.key in ('credits', 'creditLabel') and 'credits' = any (c.shown_fields)) or (f.key in ('startsOn', 'endsOn') and 'dates' = any (c.shown_fields))
          or (f.key = 'outcomes' and 'outcomes' = any (c.shown_fields)))),
    (select coalesce(jsonb_agg(i - 'logoFileId' order by (i ->> 'position')::integer), '[]'::jsonb) from jsonb_array_elements(c.issuers) i),
    c.issued_at, c.expires_at, c.revoked_at, c.revocation_reason, c.revocation_language,
    (select n.public_id from public.certificates n where n.supersedes_id = c.id and n.state in ('issued', 'revoked', 'superseded')),
    c.content_hash, c.status_index
  from public.certificates c
  where c.public_id = p_public_id and c.state in ('issued', 'revoked', 'superseded')
$$;
revoke execute on function public.certificate_public(text) from public;
grant execute on function public.certificate_public(text) to anon, authenticated, service_role;
