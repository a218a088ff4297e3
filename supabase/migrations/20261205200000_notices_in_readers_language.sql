-- Notices in the reader's language of the moment. A notification keeps its parameters raw — plain text,
-- numbers, multilingual texts { "<locale>": text }, message keys { "key": "agreements.states.active" } — and the
-- page renders it in whatever locale it shows (shared/notices.ts); only the mail is rendered when sent.
-- Rows written before this stored each parameter already rendered in the recipient's language of the day. They
-- stay valid (plain text) and readable as they were. Where the state a notice reported can be recovered exactly,
-- it becomes a message key again: notify() runs in the transaction of the change it reports, so the audited change
-- has the notice's own now().

create or replace function public.is_notice_params(value jsonb) returns boolean
language sql immutable set search_path = '' as $$
  select jsonb_typeof(value) = 'object'
    and not exists (
      select 1 from jsonb_each(value) as e(k, v)
      where jsonb_typeof(e.v) not in ('string', 'number')
        and not (jsonb_typeof(e.v) = 'object' and (jsonb_typeof(e.v -> 'key') = 'string' or public.is_locale_map(e.v)))
    )
$$;

update public.notifications n
set params = jsonb_set(n.params, '{state}', jsonb_build_object('key', 'agreements.states.' || (a.after ->> 'state')))
from public.audit_log a
where n.kind = 'agreements.stateChanged' and jsonb_typeof(n.params -> 'state') = 'string'
  and a.entity = 'agreements' and a.action = 'update' and a.at = n.created_at
  and n.link = '/agreements/' || a.entity_id
  and a.after ->> 'state' is distinct from a.before ->> 'state';

update public.notifications n
set params = jsonb_set(n.params, '{state}', jsonb_build_object('key', 'mobility.states.' || (a.after ->> 'state')))
from public.audit_log a
where n.kind = 'mobility.stateChanged' and jsonb_typeof(n.params -> 'state') = 'string'
  and a.entity = 'applications' and a.action = 'update' and a.at = n.created_at
  and n.link = '/mobility/applications/' || a.entity_id
  and a.after ->> 'state' is distinct from a.before ->> 'state';

update public.notifications n
set params = n.params
  || jsonb_build_object('severity', jsonb_build_object('key', 'mobility.severities.' || (a.after ->> 'severity')))
  || jsonb_build_object('type', jsonb_build_object('key', 'mobility.incidentTypes.' || (a.after ->> 'type')))
from public.audit_log a
where n.kind = 'mobility.incidentReported' and jsonb_typeof(n.params -> 'severity') = 'string'
  and a.entity = 'incidents' and a.action = 'insert' and a.at = n.created_at
  and n.link = '/mobility/applications/' || (a.after ->> 'application_id');

alter table public.notifications add constraint notifications_params_check check (public.is_notice_params(params));
comment on column public.notifications.params is
  'Raw notice parameters (shared/notices.ts NoticeParam): text, number, locale map or {"key": message key}; rendered when read.';
