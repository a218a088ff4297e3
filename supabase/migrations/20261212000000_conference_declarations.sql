-- Conference declarations made from the pages (issue 17): a co-authorship names a year that has happened (the table's
-- check only bounds it to 1950..2100) and a person who is still in the directory. "This year" is the latest year
-- anywhere (UTC+14), so a reviewer in Asia on 1 January is not refused while UTC is still in the old year.
-- Removing declarations stays as the first migration decided: conflicts by chairs, co-authorships by the secretariat
-- (a person taking one back would regain access to what it hid).

create or replace function private.guard_coauthorship() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if new.year > extract(year from (now() at time zone 'Pacific/Kiritimati'))::int then
    raise exception 'a co-authorship is declared for a year that has happened' using errcode = '23514';
  end if;
  if exists (select 1 from public.profiles p where p.id in (new.person_id, new.coauthor_id) and p.erased_at is not null) then
    raise exception 'a co-authorship names people of the directory' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger coauthorships_guard before insert on public.coauthorships
  for each row execute function private.guard_coauthorship();
revoke execute on function private.guard_coauthorship() from public, anon, authenticated;
