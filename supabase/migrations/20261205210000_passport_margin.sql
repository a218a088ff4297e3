-- How many months past the mobility's end an applicant's passport must stay valid; the host sets it
-- per program (host countries differ), six when it says nothing. Checked by the service on submission.
alter table public.programs add column passport_margin_months smallint not null default 6
  check (passport_margin_months between 0 and 24);
grant update (passport_margin_months) on public.programs to authenticated;
