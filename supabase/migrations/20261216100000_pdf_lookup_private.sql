-- As the other public look-ups (20261215900000): the stored PDF's hash by public id is a security definer function,
-- so it lives in private, out of the schema PostgREST exposes; the portal's server calls it.
alter function public.certificate_pdf_sha256(text) set schema private;
