-- The analytics of evaluation (issue 16), aggregated in the database. Figures come from counts per (question, matrix
-- row, option, value; a free text counts under its question alone); means, SDs, medians (the percentile_cont of the distribution: the mean of its two middle values),
-- date ranges and group sizes are derived from those counts here, in SQL.
--
-- The counts of submitted responses are kept up to date as responses are submitted (evaluation_answer_counts, per
-- instance and response locale): a submitted response is final, so its answers are added once, when it is submitted,
-- and taken away if it is ever deleted (an erased account, a deleted instance). The overall figures and the breakdowns
-- by locale, instance and activity read those counts; breakdowns by institution, country and role group the answer
-- rows themselves, joined to the respondents' memberships (named instances only).
--
-- These functions are security definer so that one check (the reader manages every instance asked for) replaces the
-- answers' row policy, which would otherwise be evaluated once per answer row (a million for 100 000 responses).
-- They return no person: groups are a locale, an activity, an instance, a country, a role or an institution, and an
-- institution is named only to its own staff and the secretariat (others see "others"). The k-anonymity rule (groups
-- below 5 answers hidden) is applied by the caller with suppressSmallGroups on the group sizes returned here.

-- The newest free texts of a question are found from the newest responses (evaluation_responses_instance_idx) through
-- this index.
create index if not exists evaluation_answers_text_idx on public.evaluation_answers (response_id, question_id) where text_value is not null;

create table public.evaluation_answer_counts (
  instance_id uuid not null references public.evaluation_instances (id) on delete cascade,
  locale text not null,
  question_id text not null,
  row_id text not null default '',
  option_id text not null default '',
  number_value double precision not null default 'NaN',
  date_value date not null default '-infinity',
  n bigint not null check (n >= 0),
  primary key (instance_id, locale, question_id, row_id, option_id, number_value, date_value)
);
alter table public.evaluation_answer_counts enable row level security;
-- No policy: read only through the functions below, which check who reads.
revoke all on public.evaluation_answer_counts from anon, authenticated;

-- Adds (sign 1) or takes away (sign -1) one response's answers. Keys are taken in order, so two submissions at once
-- lock the same rows in the same order. Taking away only lowers existing counts: when a whole instance is deleted its
-- counts may already be gone (cascade), and nothing is to be written for it.
create or replace function private.count_evaluation_answers(resp uuid, sign integer) returns void
language plpgsql security definer set search_path = '' as $$
begin
  if sign > 0 then
    insert into public.evaluation_answer_counts as c (instance_id, locale, question_id, row_id, option_id, number_value, date_value, n)
    select r.instance_id, r.locale, a.question_id, coalesce(a.row_id, ''), coalesce(a.option_id, ''),
      coalesce(a.number_value, 'NaN'), coalesce(a.date_value, '-infinity'), count(*)
    from public.evaluation_responses r join public.evaluation_answers a on a.response_id = r.id
    where r.id = resp
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (instance_id, locale, question_id, row_id, option_id, number_value, date_value) do update set n = c.n + excluded.n;
  else
    update public.evaluation_answer_counts c set n = greatest(0, c.n - x.n)
    from (select r.instance_id, r.locale, a.question_id, coalesce(a.row_id, '') as row_id, coalesce(a.option_id, '') as option_id,
            coalesce(a.number_value, 'NaN') as number_value, coalesce(a.date_value, '-infinity') as date_value, count(*) as n
          from public.evaluation_responses r join public.evaluation_answers a on a.response_id = r.id
          where r.id = resp
            and exists (select 1 from public.evaluation_instances i where i.id = r.instance_id)
          group by 1, 2, 3, 4, 5, 6, 7) x
    where c.instance_id = x.instance_id and c.locale = x.locale and c.question_id = x.question_id and c.row_id = x.row_id
      and c.option_id = x.option_id and c.number_value = x.number_value and c.date_value = x.date_value;
  end if;
end $$;

create or replace function private.evaluation_answer_counts_on_submit() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'UPDATE' and old.submitted_at is null and new.submitted_at is not null then
    perform private.count_evaluation_answers(new.id, 1);
  elsif tg_op = 'DELETE' and old.submitted_at is not null then
    perform private.count_evaluation_answers(old.id, -1);
  end if;
  return null;
end $$;
create trigger evaluation_responses_counts_submit after update of submitted_at on public.evaluation_responses
  for each row execute function private.evaluation_answer_counts_on_submit();
-- Before the delete, while the answers are still there (they go with the response, by cascade).
create or replace function private.evaluation_answer_counts_on_delete() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.submitted_at is not null then perform private.count_evaluation_answers(old.id, -1); end if;
  return old;
end $$;
create trigger evaluation_responses_counts_delete before delete on public.evaluation_responses
  for each row execute function private.evaluation_answer_counts_on_delete();

-- Counts an instance's submitted responses again from its answer rows (after a bulk load, or to check the counts).
create or replace function private.recount_evaluation_answers(inst uuid) returns void
language sql security definer set search_path = '' as $$
  delete from public.evaluation_answer_counts c where c.instance_id = inst;
  insert into public.evaluation_answer_counts (instance_id, locale, question_id, row_id, option_id, number_value, date_value, n)
  select r.instance_id, r.locale, a.question_id, coalesce(a.row_id, ''), coalesce(a.option_id, ''),
    coalesce(a.number_value, 'NaN'), coalesce(a.date_value, '-infinity'), count(*)
  from public.evaluation_responses r join public.evaluation_answers a on a.response_id = r.id
  where r.instance_id = inst and r.submitted_at is not null
  group by 1, 2, 3, 4, 5, 6, 7;
$$;
select private.recount_evaluation_answers(i.id) from public.evaluation_instances i;
revoke execute on function private.count_evaluation_answers(uuid, integer), private.evaluation_answer_counts_on_submit(),
  private.evaluation_answer_counts_on_delete(), private.recount_evaluation_answers(uuid) from public, anon, authenticated;
grant execute on function private.recount_evaluation_answers(uuid) to service_role;

create or replace function private.require_evaluation_results(insts uuid[]) returns void
language plpgsql stable security definer set search_path = '' as $$
begin
  if cardinality(insts) is null or cardinality(insts) = 0
    or exists (select 1 from unnest(insts) x where not private.can_manage_evaluation_instance(x)) then
    raise exception 'only an instance''s managers read its results' using errcode = '42501';
  end if;
end $$;

-- dim: null (everything as one group 'all'), 'locale', 'activity', 'instance', 'institution', 'country' or 'role'.
-- Person-based dimensions ('institution', 'country', 'role') read the respondent's first membership; an anonymous
-- response has no person, so it falls in 'unknown' (callers refuse those dimensions for anonymous instances).
create or replace function private.evaluation_aggregate(insts uuid[], dim text default null) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  result jsonb;
begin
  if dim is not null and dim not in ('locale', 'activity', 'instance', 'institution', 'country', 'role') then
    raise exception 'unknown breakdown %', dim using errcode = '22023';
  end if;
  perform private.require_evaluation_results(insts);
  with resp as materialized (
    select r.id, r.instance_id, r.locale, r.person_id, i.activity_id
    from public.evaluation_responses r join public.evaluation_instances i on i.id = r.instance_id
    where r.instance_id = any (insts) and r.submitted_at is not null and dim in ('institution', 'country', 'role')
  ), who as materialized (
    select resp.id, m.institution_id, m.role::text as role, s.country::text as country
    from resp
    join lateral (select m.institution_id, m.role from public.memberships m where m.user_id = resp.person_id
                  order by m.created_at, m.id limit 1) m on true
    join public.institutions s on s.id = m.institution_id
    where dim in ('institution', 'country', 'role')
  ), seen as (
    select w.institution_id, private.can_see_institution_breakdown(w.institution_id) as ok
    from (select distinct who.institution_id from who) w
    where dim = 'institution'
  ), grouped as materialized (
    select resp.id, coalesce(case dim
        when 'locale' then resp.locale
        when 'activity' then resp.activity_id::text
        when 'instance' then resp.instance_id::text
        when 'country' then who.country
        when 'role' then who.role
        when 'institution' then case when seen.ok then who.institution_id::text else 'others' end
      end, case when dim is null then 'all' else 'unknown' end) as grp
    from resp left join who on who.id = resp.id left join seen on seen.institution_id = who.institution_id
  ), counts as materialized (
    select g.grp, a.question_id, a.row_id, a.option_id, a.number_value, a.date_value, count(*) as n
    from grouped g join public.evaluation_answers a on a.response_id = g.id
    where dim in ('institution', 'country', 'role')
    group by g.grp, a.question_id, a.row_id, a.option_id, a.number_value, a.date_value
    union all
    select coalesce(case dim when 'locale' then c.locale when 'activity' then i.activity_id::text when 'instance' then c.instance_id::text end, 'all'),
      c.question_id, nullif(c.row_id, ''), nullif(c.option_id, ''), nullif(c.number_value, 'NaN'), nullif(c.date_value, '-infinity'), sum(c.n)
    from public.evaluation_answer_counts c join public.evaluation_instances i on i.id = c.instance_id
    where c.instance_id = any (insts) and (dim is null or dim not in ('institution', 'country', 'role')) and c.n > 0
    group by 1, 2, 3, 4, 5, 6
  ), nums as (
    select c.grp, c.question_id, c.row_id, c.number_value as v, c.n,
      sum(c.n) over w as upto, sum(c.n) over (partition by c.grp, c.question_id, c.row_id) as total
    from counts c where c.option_id is null and c.number_value is not null
    window w as (partition by c.grp, c.question_id, c.row_id order by c.number_value)
  ), numbers as (
    select nums.grp, nums.question_id, nums.row_id, max(nums.total)::int as n,
      sum(nums.n * nums.v) / sum(nums.n) as mean,
      case when sum(nums.n) > 1 then sqrt(greatest(0, (sum(nums.n * nums.v * nums.v) - sum(nums.n * nums.v) ^ 2 / sum(nums.n)) / (sum(nums.n) - 1))) end as sd,
      -- The value at the middle position(s): (total + 1) / 2 rounded down and up; their mean is percentile_cont(0.5).
      (min(nums.v) filter (where nums.upto >= floor((nums.total + 1) / 2.0)) + min(nums.v) filter (where nums.upto >= ceil((nums.total + 1) / 2.0))) / 2 as median,
      min(nums.v) as min, max(nums.v) as max
    from nums group by nums.grp, nums.question_id, nums.row_id
  )
  select jsonb_build_object(
    'groups', coalesce((select jsonb_agg(jsonb_build_object('group', g.grp, 'count', g.n) order by g.grp)
      from (select grouped.grp, count(*)::int as n from grouped group by grouped.grp
            union all
            select coalesce(case dim when 'locale' then r.locale when 'activity' then i.activity_id::text when 'instance' then r.instance_id::text end, 'all'),
              count(*)::int
            from public.evaluation_responses r join public.evaluation_instances i on i.id = r.instance_id
            where r.instance_id = any (insts) and r.submitted_at is not null and (dim is null or dim not in ('institution', 'country', 'role'))
            group by 1) g), '[]'::jsonb),
    'counts', coalesce((select jsonb_agg(jsonb_build_object('group', c.grp, 'question', c.question_id, 'row', c.row_id, 'option', c.option_id,
        'value', c.number_value, 'count', c.n::int) order by c.grp, c.question_id, c.row_id, c.option_id, c.number_value)
      from counts c where c.date_value is null), '[]'::jsonb),
    'numbers', coalesce((select jsonb_agg(jsonb_build_object('group', x.grp, 'question', x.question_id, 'row', x.row_id, 'n', x.n,
        'mean', x.mean, 'sd', x.sd, 'median', x.median, 'min', x.min, 'max', x.max) order by x.grp, x.question_id, x.row_id)
      from numbers x), '[]'::jsonb),
    'dates', coalesce((select jsonb_agg(jsonb_build_object('group', d.grp, 'question', d.question_id, 'n', d.n, 'first', d.first, 'last', d.last)
        order by d.grp, d.question_id)
      from (select c.grp, c.question_id, sum(c.n)::int as n, min(c.date_value) as first, max(c.date_value) as last
            from counts c where c.date_value is not null group by c.grp, c.question_id) d), '[]'::jsonb)
  ) into result;
  return result;
end $$;

-- Response rate per instance: invited people, responses started and submitted. For an anonymous instance the number
-- submitted is the number of submitted responses (participation rows say who, never which response).
create or replace function private.evaluation_response_rates(insts uuid[])
returns table (instance_id uuid, invited integer, started integer, submitted integer)
language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_evaluation_results(insts);
  return query
  select i.id,
    (select count(*)::int from public.evaluation_invitations v where v.instance_id = i.id),
    (select count(*)::int from public.evaluation_responses r where r.instance_id = i.id),
    (select count(*)::int from public.evaluation_responses r where r.instance_id = i.id and r.submitted_at is not null)
  from public.evaluation_instances i where i.id = any (insts);
end $$;

-- Free texts (text questions and "other" options) of submitted responses, each in the language it was answered in,
-- newest response first, at most per_question for each of the questions named. No person, no response id.
create or replace function private.evaluation_free_texts(insts uuid[], questions text[], per_question integer default 200)
returns table (instance_id uuid, question_id text, option_id text, text_value text, locale text)
language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_evaluation_results(insts);
  return query
  select t.instance_id, q.id, t.option_id, t.text_value, t.locale
  from unnest(questions) with ordinality q (id, ord)
  cross join lateral (
    select r.instance_id, a.option_id, a.text_value, r.locale
    from public.evaluation_responses r join public.evaluation_answers a on a.response_id = r.id and a.question_id = q.id and a.text_value is not null
    where r.instance_id = any (insts) and r.submitted_at is not null
    order by r.submitted_at desc, a.id
    limit per_question) t
  order by q.ord;
end $$;

-- Knowledge-test pairs of an activity: each person's score in a 'before' instance and in an 'after' instance (the
-- points earned are the knowledge questions' score rows, flattenAnswers; the maximum is the sum of the version's
-- knowledge questions' points). Named instances only; the person is used to pair and never returned.
create or replace function private.evaluation_knowledge_pairs(act uuid)
returns table (pre_score double precision, pre_max double precision, post_score double precision, post_max double precision)
language plpgsql stable security definer set search_path = '' as $$
begin
  if not exists (select 1 from public.evaluation_instances i where i.activity_id = act)
    or exists (select 1 from public.evaluation_instances i where i.activity_id = act and not private.can_manage_evaluation_instance(i.id)) then
    raise exception 'only an activity''s evaluation managers read its effect' using errcode = '42501';
  end if;
  return query
  with tests as (
    select i.id, i.timing, (select coalesce(sum(coalesce((q ->> 'points')::double precision, 1)), 0)
      from jsonb_path_query(v.definition, '$.sections[*].questions[*] ? (@.type == "knowledge")') q) as max
    from public.evaluation_instances i join public.evaluation_form_versions v on v.id = i.version_id
    where i.activity_id = act and not i.anonymous and i.timing in ('before', 'after')
  ), scores as (
    select r.person_id, t.timing, t.max, r.submitted_at,
      coalesce((select sum(a.number_value) from public.evaluation_answers a
        where a.response_id = r.id and a.option_id is null and a.number_value is not null
          and a.question_id in (select q ->> 'id' from public.evaluation_form_versions v,
            jsonb_path_query(v.definition, '$.sections[*].questions[*] ? (@.type == "knowledge")') q where v.id = r.version_id)), 0) as score
    from tests t join public.evaluation_responses r on r.instance_id = t.id
    where r.submitted_at is not null and r.person_id is not null and t.max > 0
  ), firsts as (
    -- With several instances of a timing, a person's earliest 'before' and latest 'after' answers are paired.
    select distinct on (s.person_id, s.timing) s.person_id, s.timing, s.score, s.max
    from scores s order by s.person_id, s.timing, case when s.timing = 'before' then s.submitted_at end, s.submitted_at desc
  )
  select b.score, b.max, a.score, a.max
  from firsts b join firsts a on a.person_id = b.person_id and a.timing = 'after'
  where b.timing = 'before'
  order by b.score, a.score;
end $$;

-- Raw answers for export: one row per answer row of a submitted response. The respondent is named (person id and
-- name) only for a named instance; anonymous rows carry a per-export sequence number of the response instead.
create or replace function private.evaluation_raw_answers(insts uuid[])
returns table (instance_id uuid, version integer, response_no bigint, person_id uuid, person_name text, locale text,
  submitted_at timestamptz, question_id text, row_id text, option_id text, number_value double precision, text_value text, date_value date)
language plpgsql stable security definer set search_path = '' as $$
begin
  perform private.require_evaluation_results(insts);
  return query
  select r.instance_id, v.version, dense_rank() over (order by r.submitted_at, r.id), p.id, p.display_name, r.locale,
    r.submitted_at, a.question_id, a.row_id, a.option_id, a.number_value, a.text_value, a.date_value
  from public.evaluation_responses r
  join public.evaluation_instances i on i.id = r.instance_id
  join public.evaluation_form_versions v on v.id = r.version_id
  join public.evaluation_answers a on a.response_id = r.id
  left join public.profiles p on p.id = r.person_id and not i.anonymous
  where r.instance_id = any (insts) and r.submitted_at is not null
  order by r.submitted_at, r.id, a.id;
end $$;

revoke execute on function private.require_evaluation_results(uuid[]), private.evaluation_aggregate(uuid[], text),
  private.evaluation_response_rates(uuid[]), private.evaluation_free_texts(uuid[], text[], integer), private.evaluation_knowledge_pairs(uuid),
  private.evaluation_raw_answers(uuid[]) from public, anon;
grant execute on function private.require_evaluation_results(uuid[]), private.evaluation_aggregate(uuid[], text),
  private.evaluation_response_rates(uuid[]), private.evaluation_free_texts(uuid[], text[], integer), private.evaluation_knowledge_pairs(uuid),
  private.evaluation_raw_answers(uuid[]) to authenticated, service_role;
