-- Erasing an account clears the free text of the person's named evaluation answers (it may name them), also in a
-- submitted response: the one change a final response allows, made by the service once the profile is erased.
create or replace function private.guard_evaluation_answer() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  resp public.evaluation_responses;
begin
  if tg_op = 'UPDATE' and new.response_id is distinct from old.response_id then
    raise exception 'an answer keeps its response' using errcode = '42501';
  end if;
  select * into resp from public.evaluation_responses r where r.id = coalesce(new.response_id, old.response_id);
  if not found then return coalesce(new, old); end if;
  if tg_op = 'UPDATE' and private.is_system() and new.text_value is null
    and (new.question_id, new.row_id, new.option_id, new.number_value, new.date_value)
      is not distinct from (old.question_id, old.row_id, old.option_id, old.number_value, old.date_value)
    and exists (select 1 from public.profiles p where p.id = resp.person_id and p.erased_at is not null) then
    return new;
  end if;
  if resp.submitted_at is not null then
    raise exception 'a submitted response is final' using errcode = '42501';
  end if;
  if resp.person_id is null and not private.is_system() then
    raise exception 'anonymous answers are written by the service' using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;
