-- Joint certificates joined to their Verifiable Credential and PDF (issue 19; docs/certificates.md "The joined flow").
-- When a certificate becomes issued the service (server/domain/certificates/documents.ts) signs its credential, renders
-- its PDF once and keeps both here, in the same transaction as the last approval: what a holder downloads is exactly
-- what was stored, so a file dropped on the public page is compared byte for byte (the PDF's SHA-256, computed here).

create table public.certificate_documents (
  id uuid primary key default gen_random_uuid(),
  certificate_id uuid not null unique references public.certificates (id) on delete cascade,
  -- The signed credential's JSON text, exactly as it is downloaded.
  credential text not null check (char_length(credential) between 2 and 200000),
  pdf bytea not null check (octet_length(pdf) between 5 and 5000000),
  pdf_sha256 text generated always as (encode(sha256(pdf), 'hex')) stored,
  created_at timestamptz not null default now()
);
alter table public.certificate_documents enable row level security;
-- The log says a document was stored or erased, never its bytes (the holder's name is in both).
create trigger certificate_documents_audit after insert or update or delete on public.certificate_documents
  for each row execute function private.audit_row_change('credential', 'pdf');

-- Written once, by the service, for an issued certificate; never changed; removed only by the service (erasure).
create or replace function private.guard_certificate_document() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if not private.is_system() then
    raise exception 'a certificate''s documents are the service''s to write' using errcode = '42501';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if tg_op = 'UPDATE' then
    raise exception 'a certificate''s documents never change' using errcode = '42501';
  end if;
  if not exists (select 1 from public.certificates c where c.id = new.certificate_id and c.state = 'issued') then
    raise exception 'documents are made for an issued certificate' using errcode = '23514';
  end if;
  new.created_at := now();
  return new;
end $$;
create trigger certificate_documents_guard before insert or update or delete on public.certificate_documents
  for each row execute function private.guard_certificate_document();
revoke execute on function private.guard_certificate_document() from anon, authenticated, public;

-- Whoever reads the certificate (its co-issuers' staff; its holder once issued) reads its documents: the policy asks
-- the certificates table, under that table's own policy. Anonymous readers never; nobody writes but the service.
create policy certificate_documents_select on public.certificate_documents for select to authenticated
  using (exists (select 1 from public.certificates c where c.id = certificate_id));
revoke all on public.certificate_documents from anon, authenticated;
grant select on public.certificate_documents to authenticated;

-- The public page says whether a PDF can be compared (not when erased), without opening the table to anyone.
create or replace function public.certificate_pdf_sha256(p_public_id text) returns text
language sql stable security definer set search_path = '' as $$
  select d.pdf_sha256 from public.certificate_documents d join public.certificates c on c.id = d.certificate_id
  where c.public_id = p_public_id and c.state in ('issued', 'revoked', 'superseded')
$$;
revoke execute on function public.certificate_pdf_sha256(text) from public;
grant execute on function public.certificate_pdf_sha256(text) to anon, authenticated, service_role;

-- Erasing an account (server/domain/privacy/erase.ts) replaces the holder's names on their certificates by the
-- neutral label: the one change an issued certificate allows, by the service, once the profile is erased. The rest
-- of the guard is as in 20261215000000_certificates.sql.
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
    if old.state <> 'draft' and private.is_system()
       and exists (select 1 from public.profiles p where p.id = old.holder_id and p.erased_at is not null)
       and row(new.fields, new.serial, new.content_hash, new.issued_at, new.expires_at, new.revoked_at, new.revocation_reason,
         new.revocation_language, new.status_index) is not distinct from row(old.fields, old.serial, old.content_hash, old.issued_at,
         old.expires_at, old.revoked_at, old.revocation_reason, old.revocation_language, old.status_index) then
      -- Erasure: the holder's names give way to the neutral label; nothing else changes.
      return new;
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
