-- Private calendar feeds: a person subscribes their calendar app to a secret address that lists their registrations'
-- sessions and the meetings they see. Only the secret's SHA-256 is kept, so the address is shown once, when it is made;
-- making a new one revokes the old (one live address per person); revoking ends the feed at once.

create table public.calendar_feed_tokens (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check (revoked_at is null or revoked_at >= created_at)
);
alter table public.calendar_feed_tokens enable row level security;
create unique index calendar_feed_tokens_live_idx on public.calendar_feed_tokens (person_id) where revoked_at is null;
-- The hash is a credential's fingerprint: the audit log says a token was made or revoked, never which.
create trigger calendar_feed_tokens_audit after insert or update or delete on public.calendar_feed_tokens
  for each row execute function private.audit_row_change('token_hash');

-- A token is made live, for its owner, now; afterwards only its revocation changes, once, and never back.
create or replace function private.guard_calendar_feed_token() returns trigger
language plpgsql set search_path = '' as $$
begin
  if private.is_system() then return new; end if;
  if tg_op = 'INSERT' then
    if new.revoked_at is not null then
      raise exception 'a feed token starts live' using errcode = '42501';
    end if;
    new.created_at := now();
    return new;
  end if;
  if old.revoked_at is not null or new.revoked_at is null then
    raise exception 'a revoked feed token stays revoked' using errcode = '42501';
  end if;
  new.revoked_at := now();
  return new;
end $$;
revoke execute on function private.guard_calendar_feed_token() from anon, authenticated, public;
create trigger calendar_feed_tokens_guard before insert or update on public.calendar_feed_tokens
  for each row execute function private.guard_calendar_feed_token();

-- A person sees, makes and revokes their own tokens; nobody else does, the secretariat neither. Rows are kept as the
-- record of revocation: nobody deletes them (erasing an account does, on the service path).
create policy calendar_feed_tokens_select on public.calendar_feed_tokens for select to authenticated
  using (person_id = (select auth.uid()));
create policy calendar_feed_tokens_insert on public.calendar_feed_tokens for insert to authenticated
  with check (person_id = (select auth.uid()));
create policy calendar_feed_tokens_update on public.calendar_feed_tokens for update to authenticated
  using (person_id = (select auth.uid()) and revoked_at is null) with check (person_id = (select auth.uid()));

revoke all on public.calendar_feed_tokens from anon;
revoke update, delete, truncate on public.calendar_feed_tokens from authenticated;
grant select, insert on public.calendar_feed_tokens to authenticated;
grant update (revoked_at) on public.calendar_feed_tokens to authenticated;
