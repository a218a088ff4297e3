-- Verifiable Credentials (issue 19, "Verifiable Credentials"): signing keys and BitstringStatusList revocation lists.
-- server/domain/credentials/ is the one module that reads and writes these tables, on the service path only; see
-- docs/credentials.md.

create type public.credential_key_state as enum ('active', 'retired');

-- Ed25519 keys: one active per institution and one for the consortium (institution_id null); a rotation retires the
-- active key (kept, still listed in the portal's DID document so what it signed keeps verifying) and adds a new one.
-- The private key is sealed (AES-256-GCM under the server's credential secret) and never readable by a client.
create table public.credential_keys (
  id uuid primary key default gen_random_uuid(),
  institution_id uuid references public.institutions (id) on delete restrict,
  key_id text not null unique check (key_id ~ '^[a-z0-9-]{8,80}$'),
  public_key_multibase text not null unique check (public_key_multibase ~ '^z[1-9A-HJ-NP-Za-km-z]{40,60}$'),
  encrypted_private_key text not null check (encrypted_private_key like 'v1.%' and char_length(encrypted_private_key) < 1000),
  state public.credential_key_state not null default 'active',
  created_at timestamptz not null default now(),
  retired_at timestamptz,
  check ((state = 'retired') = (retired_at is not null))
);
alter table public.credential_keys enable row level security;
create unique index credential_keys_one_active on public.credential_keys
  (coalesce(institution_id, '00000000-0000-0000-0000-000000000000'::uuid)) where state = 'active';
create trigger credential_keys_audit after insert or update or delete on public.credential_keys
  for each row execute function private.audit_row_change('encrypted_private_key');
-- No policy: clients read the public part through public.credential_public_keys() only.
revoke all on public.credential_keys from anon, authenticated;

-- A key's material never changes; it only retires, once; it is never deleted (old credentials name it).
create or replace function private.guard_credential_key() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'a credential key is kept' using errcode = '42501';
  end if;
  if tg_op = 'INSERT' then
    if new.state <> 'active' or new.retired_at is not null then
      raise exception 'a credential key starts active' using errcode = '23514';
    end if;
    return new;
  end if;
  if row(new.id, new.institution_id, new.key_id, new.public_key_multibase, new.encrypted_private_key, new.created_at)
     is distinct from row(old.id, old.institution_id, old.key_id, old.public_key_multibase, old.encrypted_private_key, old.created_at) then
    raise exception 'a credential key never changes' using errcode = '42501';
  end if;
  if old.state = 'retired' then
    raise exception 'a retired credential key stays retired' using errcode = '42501';
  end if;
  if new.state = 'retired' then new.retired_at := now(); end if;
  return new;
end $$;
create trigger credential_keys_guard before insert or update or delete on public.credential_keys
  for each row execute function private.guard_credential_key();

-- The public part of every key, for anyone (the DID document lists them all).
create or replace function public.credential_public_keys()
returns table (key_id text, institution_id uuid, public_key_multibase text, state public.credential_key_state, created_at timestamptz, retired_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select k.key_id, k.institution_id, k.public_key_multibase, k.state, k.created_at, k.retired_at
  from public.credential_keys k order by k.institution_id nulls first, k.created_at, k.key_id
$$;
revoke execute on function public.credential_public_keys() from public;
grant execute on function public.credential_public_keys() to anon, authenticated, service_role;

-- Revocation lists (W3C BitstringStatusList): the signed list credential the portal serves at
-- /credentials/status/<id>, and the next free index.
create table public.credential_status_lists (
  id uuid primary key default gen_random_uuid(),
  purpose text not null default 'revocation' check (purpose = 'revocation'),
  length integer not null default 131072 check (length between 8 and 1048576 and length % 8 = 0),
  next_index integer not null default 0,
  credential jsonb,
  signed_at timestamptz,
  created_at timestamptz not null default now(),
  check (next_index between 0 and length),
  check ((credential is null) = (signed_at is null))
);
alter table public.credential_status_lists enable row level security;
create trigger credential_status_lists_audit after insert or update or delete on public.credential_status_lists
  for each row execute function private.audit_row_change('credential');
-- A status list is public by nature (any verifier fetches it).
create policy credential_status_lists_select on public.credential_status_lists for select to anon, authenticated using (true);
revoke insert, update, delete, truncate, trigger on public.credential_status_lists from anon, authenticated;

-- One index per credential (never shared); revoked once, with a reason, never un-revoked.
create table public.credential_status_entries (
  list_id uuid not null references public.credential_status_lists (id) on delete restrict,
  status_index integer not null check (status_index >= 0),
  credential_id text not null unique check (char_length(credential_id) between 1 and 500),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  revocation_reason text check (revocation_reason is null or char_length(revocation_reason) between 1 and 2000),
  primary key (list_id, status_index),
  check ((revoked_at is null) = (revocation_reason is null))
);
alter table public.credential_status_entries enable row level security;
create trigger credential_status_entries_audit after insert or update or delete on public.credential_status_entries
  for each row execute function private.audit_row_change();
-- No policy: the certificates module shows a certificate's status from its own rows; the list itself is public.
revoke all on public.credential_status_entries from anon, authenticated;

create or replace function private.guard_credential_status_entry() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'a status entry is kept' using errcode = '42501';
  end if;
  if tg_op = 'INSERT' then
    if new.revoked_at is not null then
      raise exception 'a status entry starts unrevoked' using errcode = '23514';
    end if;
    if new.status_index >= (select l.length from public.credential_status_lists l where l.id = new.list_id) then
      raise exception 'a status index lies within its list' using errcode = '23514';
    end if;
    return new;
  end if;
  if row(new.list_id, new.status_index, new.credential_id, new.created_at) is distinct from row(old.list_id, old.status_index, old.credential_id, old.created_at) then
    raise exception 'a status entry keeps its index' using errcode = '42501';
  end if;
  if old.revoked_at is not null then
    raise exception 'a revocation is final' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger credential_status_entries_guard before insert or update or delete on public.credential_status_entries
  for each row execute function private.guard_credential_status_entry();

revoke execute on function private.guard_credential_key(), private.guard_credential_status_entry() from anon, authenticated, public;
