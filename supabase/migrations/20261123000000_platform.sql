-- Platform: people, institutions, memberships, files, audit log, mail outbox.
-- Multilingual content is a jsonb map { "<locale>": "text" } (see shared/localized-text.ts).

create type public.institution_kind as enum ('university', 'vocational_college', 'enterprise', 'other');
create type public.member_role as enum ('student', 'teacher', 'partner_staff', 'office_staff', 'secretariat', 'reviewer');

create or replace function public.is_locale_map(value jsonb) returns boolean
language sql immutable set search_path = '' as $$
  select jsonb_typeof(value) = 'object'
    and not exists (
      select 1 from jsonb_each(value) as e(k, v)
      where e.k not in ('zh', 'en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my') or jsonb_typeof(e.v) <> 'string'
    )
$$;

-- ---------------------------------------------------------------- audit log
create table public.audit_log (
  id bigint generated always as identity primary key,
  actor_id uuid,
  action text not null,
  entity text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  at timestamptz not null default now()
);
alter table public.audit_log enable row level security;
create index audit_log_entity_idx on public.audit_log (entity, entity_id);
create index audit_log_at_idx on public.audit_log (at desc);

-- Every insert, update and delete on an audited table writes one row, whoever made it.
create or replace function public.audit_row_change() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
begin
  if tg_op = 'UPDATE' and old_row = new_row then return new; end if;
  insert into public.audit_log (actor_id, action, entity, entity_id, before, after)
  values (auth.uid(), lower(tg_op), tg_table_name, coalesce(new_row ->> 'id', old_row ->> 'id'), old_row, new_row);
  return coalesce(new, old);
end $$;

-- ---------------------------------------------------------------- profiles
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  display_name text not null check (char_length(display_name) between 1 and 200),
  preferred_locale text not null default 'en'
    check (preferred_locale in ('zh', 'en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my')),
  time_zone text not null default 'UTC' check (char_length(time_zone) between 1 and 64),
  thai_buddhist_calendar boolean not null default false,
  avatar_file_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
create trigger profiles_audit after insert or update or delete on public.profiles
  for each row execute function public.audit_row_change();

-- The usual Supabase pattern: a new auth user gets a profile.
create or replace function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  locale text := coalesce(new.raw_user_meta_data ->> 'preferred_locale', 'en');
begin
  if locale not in ('zh', 'en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my') then locale := 'en'; end if;
  insert into public.profiles (id, email, display_name, preferred_locale)
  values (
    new.id,
    coalesce(new.email, ''),
    coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), split_part(coalesce(new.email, 'user'), '@', 1)),
    locale
  );
  return new;
end $$;
create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();

-- ---------------------------------------------------------------- institutions
create table public.institutions (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  kind public.institution_kind not null,
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  city jsonb not null default '{}' check (public.is_locale_map(city)),
  name jsonb not null check (public.is_locale_map(name) and name <> '{}'::jsonb),
  description jsonb not null default '{}' check (public.is_locale_map(description)),
  website text check (website is null or website ~ '^https?://'),
  logo_file_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.institutions enable row level security;
create trigger institutions_audit after insert or update or delete on public.institutions
  for each row execute function public.audit_row_change();
create index institutions_country_kind_idx on public.institutions (country, kind);

-- ---------------------------------------------------------------- memberships
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  institution_id uuid not null references public.institutions (id) on delete cascade,
  role public.member_role not null,
  created_at timestamptz not null default now(),
  unique (user_id, institution_id, role)
);
alter table public.memberships enable row level security;
create trigger memberships_audit after insert or update or delete on public.memberships
  for each row execute function public.audit_row_change();
create index memberships_institution_idx on public.memberships (institution_id);

-- Membership checks for policies: security definer so policies on memberships do not recurse.
create or replace function public.has_role(wanted public.member_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.memberships m where m.user_id = (select auth.uid()) and m.role = wanted)
$$;
create or replace function public.is_secretariat() returns boolean
language sql stable security definer set search_path = '' as $$
  select public.has_role('secretariat')
$$;
create or replace function public.is_staff_of(inst uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.institution_id = inst and m.role in ('partner_staff', 'office_staff')
  )
$$;
create or replace function public.is_office_or_secretariat() returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.role in ('office_staff', 'secretariat')
  )
$$;
create or replace function public.shares_institution_with(other uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.memberships mine join public.memberships theirs using (institution_id)
    where mine.user_id = (select auth.uid()) and theirs.user_id = other
  )
$$;

-- ---------------------------------------------------------------- files
create table public.files (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  storage_key text not null unique,
  filename text not null check (char_length(filename) between 1 and 255),
  content_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now()
);
alter table public.files enable row level security;
create trigger files_audit after insert or update or delete on public.files
  for each row execute function public.audit_row_change();
create index files_owner_idx on public.files (owner_id);

alter table public.profiles add constraint profiles_avatar_fk foreign key (avatar_file_id) references public.files (id) on delete set null;
alter table public.institutions add constraint institutions_logo_fk foreign key (logo_file_id) references public.files (id) on delete set null;

-- ---------------------------------------------------------------- mail outbox
create table public.mail_outbox (
  id uuid primary key default gen_random_uuid(),
  to_email text not null,
  to_user_id uuid references public.profiles (id) on delete set null,
  locale text not null,
  template text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
alter table public.mail_outbox enable row level security;
create index mail_outbox_created_idx on public.mail_outbox (created_at desc);
-- Not audited by trigger: bodies may hold one-time links. The mail service audits template and recipient.

-- ---------------------------------------------------------------- policies
-- profiles: yourself, people you share an institution with, the secretariat; only you edit yours.
create policy profiles_select on public.profiles for select to authenticated
  using (id = (select auth.uid()) or public.shares_institution_with(id) or public.is_secretariat());
create policy profiles_update on public.profiles for update to authenticated
  using (id = (select auth.uid())) with check (id = (select auth.uid()));

-- institutions: public to read; the secretariat creates and deletes; its own staff edit it too.
create policy institutions_select on public.institutions for select to anon, authenticated using (true);
create policy institutions_insert on public.institutions for insert to authenticated
  with check (public.is_secretariat());
create policy institutions_update on public.institutions for update to authenticated
  using (public.is_secretariat() or public.is_staff_of(id)) with check (public.is_secretariat() or public.is_staff_of(id));
create policy institutions_delete on public.institutions for delete to authenticated
  using (public.is_secretariat());

-- memberships: your own, your institution's if you are its staff; only the secretariat changes them.
create policy memberships_select on public.memberships for select to authenticated
  using (user_id = (select auth.uid()) or public.is_staff_of(institution_id) or public.is_secretariat());
create policy memberships_insert on public.memberships for insert to authenticated
  with check (public.is_secretariat());
create policy memberships_update on public.memberships for update to authenticated
  using (public.is_secretariat()) with check (public.is_secretariat());
create policy memberships_delete on public.memberships for delete to authenticated
  using (public.is_secretariat());

-- files: the owner reads, adds and deletes; the secretariat reads. Modules widen read access per attachment.
create policy files_select on public.files for select to authenticated
  using (owner_id = (select auth.uid()) or public.is_secretariat());
create policy files_insert on public.files for insert to authenticated
  with check (owner_id = (select auth.uid()));
create policy files_delete on public.files for delete to authenticated
  using (owner_id = (select auth.uid()));

-- audit log: append-only, written by triggers; the secretariat reads all, a person reads their own acts.
create policy audit_log_select on public.audit_log for select to authenticated
  using (actor_id = (select auth.uid()) or public.is_secretariat());

-- mail outbox: written by the service path; a person reads their own mail, offices and the secretariat
-- read all but password-reset mail, whose one-time link is for the recipient alone.
create policy mail_outbox_select on public.mail_outbox for select to authenticated
  using (to_user_id = (select auth.uid()) or (public.is_office_or_secretariat() and template <> 'auth.password_reset'));

revoke insert, update, delete, truncate on public.audit_log from anon, authenticated;
revoke insert, update, delete, truncate on public.mail_outbox from anon, authenticated;
