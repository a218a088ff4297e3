-- A learning agreement's line may name a unit of a course catalogue (issue 18): the reference the learning agreements
-- migration left without a key until catalogues landed. A unit named by a line cannot be deleted (lines of proposed
-- versions never change); the institution marks it inactive instead.
alter table public.learning_agreement_components
  add constraint learning_agreement_components_course_unit_fk
  foreign key (course_unit_id) references public.course_units (id) on delete restrict;
create index learning_agreement_components_course_unit_idx on public.learning_agreement_components (course_unit_id)
  where course_unit_id is not null;
