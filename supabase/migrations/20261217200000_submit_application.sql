-- Submitting an application in one statement (issue 13, writes). The service locks the application and reads
-- what the checks need in one statement as the applicant (RLS decides), checks completeness, passport and
-- eligibility with the same code the form uses, and then calls this function, which records the step: the
-- state change (through the table's own guards and audit trigger), the history row people cannot write
-- themselves, and the home office's in-app notices. It answers the new revision and whom to mail, so the
-- service renders each mail in its recipient's language. Before, that was about a dozen statements, and
-- three role switches, each a round trip.
--
-- Security definer because the history and the notices are the service's to write; so the actor's checks are
-- inside: only the applicant, only from an open form (draft or returned), only at the revision they saw. The
-- guards on public.applications still run (the role setting stays the applicant's), and the audit row names
-- the applicant, as before.
create or replace function private.submit_application(p_application uuid, p_revision integer)
returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  app public.applications%rowtype;
  title jsonb;
  recipients jsonb;
begin
  select * into app from public.applications a where a.id = p_application for update;
  if not found or me is null or app.applicant_id is distinct from me
    or app.state not in ('draft', 'returned') or app.revision <> p_revision then
    raise exception 'only the applicant submits an open application at its current revision' using errcode = '42501';
  end if;
  update public.applications set state = 'submitted', revision = app.revision + 1, updated_at = now(), submitted_at = now()
  where id = app.id;
  insert into public.application_events (application_id, action, from_state, to_state, actor_id, text)
  values (app.id, 'submit', app.state, 'submitted', me, null);
  select c.title into title from public.calls c where c.id = app.call_id;
  -- The home office's staff hear of it (lifecycle.ts: submit notifies 'home'); the applicant is never told of their own act.
  with people as (
    select p.id, p.email, p.preferred_locale from public.profiles p
    where p.id in (select m.user_id from public.memberships m
                   where m.institution_id = app.home_institution_id and m.role = any (private.staff_roles()))
      and p.id is distinct from me),
  told as (
    insert into public.notifications (user_id, kind, params, link, read_at)
    select people.id, 'mobility.stateChanged',
      jsonb_build_object('call', title, 'state', jsonb_build_object('key', 'mobility.states.submitted')),
      '/mobility/applications/' || app.id, null
    from people)
  select coalesce(jsonb_agg(jsonb_build_object('id', people.id, 'email', people.email, 'locale', people.preferred_locale)), '[]'::jsonb)
  into recipients from people;
  return jsonb_build_object('state', 'submitted', 'revision', app.revision + 1, 'recipients', recipients);
end $$;
revoke execute on function private.submit_application(uuid, integer) from public, anon;
grant execute on function private.submit_application(uuid, integer) to authenticated;
