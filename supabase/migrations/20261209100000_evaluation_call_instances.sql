-- A form goes out with a mobility call only from an office of the call's program (or the secretariat): the call's
-- completed students are theirs to ask, as an activity's registrants are its organisers'. The service checks the same
-- (evaluation.errors.callNotManaged); this holds it for a direct insert too.
drop policy evaluation_instances_insert on public.evaluation_instances;
create policy evaluation_instances_insert on public.evaluation_instances for insert to authenticated
  with check (created_by = (select auth.uid()) and private.can_manage_evaluation_form(form_id)
    and (activity_id is null or private.can_manage_activity(activity_id))
    and (call_id is null or exists (select 1 from public.calls c where c.id = call_id and private.can_manage_program(c.program_id))));
