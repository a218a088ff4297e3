-- One pending request to join per person: a second one (a double click, a retry) is refused with 409,
-- not queued for the secretariat twice. Duplicates already pending are closed first (the newest stays).
update public.join_requests r set status = 'rejected', decided_at = now()
where r.status = 'pending'
  and exists (select 1 from public.join_requests newer
              where newer.requested_by = r.requested_by and newer.status = 'pending' and newer.created_at > r.created_at);
create unique index join_requests_one_pending_per_requester on public.join_requests (requested_by) where status = 'pending';
