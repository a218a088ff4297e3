/**
 * The registrations table comes with the registration module. Until it is merged, tests create this stand-in with the
 * spec's columns and its select policy, so the private feed's query runs against the same shape; once the real table
 * exists, nothing is created and the real one is used. Run as the database owner.
 */
export const REGISTRATIONS_STAND_IN = `do $$ begin
  if to_regclass('public.registrations') is null then
    if to_regtype('public.registration_state') is null then
      create type public.registration_state as enum ('confirmed', 'waitlisted', 'offered', 'cancelled', 'declined', 'expired');
    end if;
    create table public.registrations (
      id uuid primary key default gen_random_uuid(),
      activity_id uuid not null references public.activities (id) on delete cascade,
      person_id uuid not null references public.profiles (id) on delete cascade,
      institution_id uuid not null references public.institutions (id),
      state public.registration_state not null,
      offer_expires_at timestamptz,
      registered_by uuid references public.profiles (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (activity_id, person_id)
    );
    alter table public.registrations enable row level security;
    create policy registrations_select on public.registrations for select to authenticated
      using (person_id = (select auth.uid()) or private.is_staff_of(institution_id) or private.can_manage_activity(activity_id));
    grant select on public.registrations to authenticated;
    grant all on public.registrations to service_role;
  end if;
end $$`
