-- Data rights (PIPL, PDPA): consent to the terms of use and the privacy notice, kept as evidence.
-- A consent names the document, its version (shared/privacy/notices.ts) and the language it was shown in.
create table public.consents (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  document text not null check (document in ('terms', 'privacy')),
  version text not null check (version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  locale text not null check (locale in ('zh', 'en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my')),
  accepted_at timestamptz not null default now()
);
alter table public.consents enable row level security;
create trigger consents_audit after insert or update or delete on public.consents
  for each row execute function private.audit_row_change();
create index consents_user_idx on public.consents (user_id, document, version);

-- A person reads and records their own consent; the secretariat reads all (evidence on request).
-- Nobody updates or deletes one: the record of what was accepted, when, must not change.
create policy consents_select on public.consents for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_secretariat()));
create policy consents_insert on public.consents for insert to authenticated
  with check (user_id = (select auth.uid()));
revoke all on public.consents from anon;
revoke insert, update, delete on public.consents from authenticated;
-- The time of acceptance is the database's, never the client's.
grant insert (user_id, document, version, locale) on public.consents to authenticated;

-- Erasing an account (server/domain/privacy/erase.ts) keeps the profile row, anonymised, because
-- agreements, versions, approvals, signatures, ledger entries, programs, calls, incidents and notes
-- reference it without ON DELETE: those are records the institutions must keep. A disabled login is
-- marked here so the sign-in paths and the erasure itself can tell it apart from a live account.
alter table public.profiles add column erased_at timestamptz;
