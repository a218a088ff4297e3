-- A person's agenda of a conference (issue 17): the talks of a published programme they star. Their calendar feed and
-- the conference's own .ics list them, at the times of the programme, in the venue's zone. Only the person sees, adds
-- and removes their stars; nobody else, the conference's chairs neither (whom someone plans to hear is theirs).

create table public.conference_agenda_items (
  person_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  submission_id uuid not null references public.conference_submissions (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (person_id, submission_id)
);
alter table public.conference_agenda_items enable row level security;
create index conference_agenda_items_submission_idx on public.conference_agenda_items (submission_id);

-- Whether a submission is a talk of a published programme (placed in a session; the programme public).
create or replace function private.is_published_talk(sub uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.programme_slots sl join public.programme_sessions s on s.id = sl.session_id
    where sl.submission_id = sub and private.is_programme_public(s.conference_id))
$$;
grant execute on function private.is_published_talk(uuid) to anon, authenticated, service_role;

create trigger conference_agenda_items_audit after insert or update or delete on public.conference_agenda_items
  for each row execute function private.audit_row_change();

create policy conference_agenda_items_select on public.conference_agenda_items for select to authenticated
  using (person_id = (select auth.uid()));
create policy conference_agenda_items_insert on public.conference_agenda_items for insert to authenticated
  with check (person_id = (select auth.uid()) and private.is_published_talk(submission_id));
create policy conference_agenda_items_delete on public.conference_agenda_items for delete to authenticated
  using (person_id = (select auth.uid()));

revoke all on public.conference_agenda_items from anon;
revoke update, truncate on public.conference_agenda_items from authenticated;
grant select, insert, delete on public.conference_agenda_items to authenticated;
