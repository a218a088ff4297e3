-- Issue 18: the home programme of a learning agreement, its snapshot on each recognition decision (precedents are
-- ranked by it), and the per-course converted grades a decision combined into one home grade.

-- The student's programme at home (e.g. "BEng Mechatronics"); the portal has no programme entity, so it is short text.
-- Set by the drafters (student, sending office) while a draft is open, with the draft's lines.
alter table public.learning_agreements add column home_programme text
  check (home_programme is null or char_length(home_programme) between 1 and 120);

-- The programme as it was when the decision was taken (set by the database, never by the client).
alter table public.recognition_decisions add column home_programme text
  check (home_programme is null or char_length(home_programme) between 1 and 120);
-- Several host courses recognized as one home line: each passed result's converted grade, combined into grade_value
-- by a credit-weighted mean of positions on the home scale. [{ code, credits, from: {scaleId, value}, to: value|null }]
alter table public.recognition_decisions add column grade_parts jsonb
  check (grade_parts is null or (jsonb_typeof(grade_parts) = 'array' and pg_column_size(grade_parts) <= 20000));
create index recognition_decisions_programme_idx on public.recognition_decisions (sending_institution_id, lower(home_programme));

-- The drafters change the programme only while a draft is open; nothing else of a learning agreement changes.
create or replace function private.guard_learning_agreement_update() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if row(new.id, new.application_id, new.student_id, new.sending_institution_id, new.receiving_institution_id, new.created_by, new.created_at)
     is distinct from row(old.id, old.application_id, old.student_id, old.sending_institution_id, old.receiving_institution_id, old.created_by, old.created_at) then
    raise exception 'a learning agreement keeps its parties' using errcode = '42501';
  end if;
  if private.is_system() then
    return new;
  end if;
  if not private.may_draft_learning_agreement(old.id) then
    raise exception 'the programme is set by the student or the sending office' using errcode = '42501';
  end if;
  if not exists (select 1 from public.learning_agreement_versions v where v.learning_agreement_id = old.id and v.state = 'draft') then
    raise exception 'the programme is set while a draft is open' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger learning_agreements_guard_update before update on public.learning_agreements
  for each row execute function private.guard_learning_agreement_update();

create policy learning_agreements_update on public.learning_agreements for update to authenticated
  using (private.may_draft_learning_agreement(id))
  with check (private.may_draft_learning_agreement(id));
grant update (home_programme) on public.learning_agreements to authenticated;

-- The snapshot: taken when a decision is taken (recognized, refused) or revised; kept as it is otherwise.
-- The grade parts change only with a decision, never with an appeal or its upholding.
-- Runs after recognition_decisions_guard (triggers fire in name order).
create or replace function private.snapshot_recognition_programme() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    new.home_programme := null;
    return new;
  end if;
  if new.state in ('recognized', 'refused', 'revised') and new.state <> old.state then
    new.home_programme := (select l.home_programme from public.learning_agreements l where l.id = new.learning_agreement_id);
  else
    new.home_programme := old.home_programme;
    if new.grade_parts is distinct from old.grade_parts then
      raise exception 'the grade parts change only with a decision' using errcode = '42501';
    end if;
  end if;
  return new;
end $$;
create trigger recognition_decisions_programme before insert or update on public.recognition_decisions
  for each row execute function private.snapshot_recognition_programme();

revoke execute on function private.guard_learning_agreement_update(), private.snapshot_recognition_programme() from anon, authenticated, public;
grant update (grade_parts) on public.recognition_decisions to authenticated;
