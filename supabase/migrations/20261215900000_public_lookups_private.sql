-- The two look-ups anyone may run (a certificate's public fields, the credential keys' public parts) are security
-- definer functions: they leave the exposed public schema (PostgREST serves it in Supabase mode) for private, where
-- the portal's server calls them. Execute stays with anon and authenticated; the grants move with the functions.
alter function public.certificate_public(text) set schema private;
alter function public.credential_public_keys() set schema private;
