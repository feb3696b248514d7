-- The database roles of a real deployment (README: Deploying). Run once per cluster as a database
-- administrator, e.g.  psql -v db=brobygger -v owner_password="'…'" -v app_password="'…'" -f tools/database/create-roles.sql
-- (CI runs it with trust authentication and no passwords.)
--
--   brobygger_app      NOLOGIN: the rights the app's queries have; row-level security binds it.
--   brobygger_owner    LOGIN:   owns the schema and runs the migrations (MIGRATION_DATABASE_URL).
--   brobygger_runtime  LOGIN:   what the app connects as (DATABASE_URL): no superuser, owns nothing,
--                              holds only brobygger_app's rights.
\set ON_ERROR_STOP on
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brobygger_app') AS create_app \gset
\if :create_app
CREATE ROLE brobygger_app NOLOGIN;
\endif
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brobygger_owner') AS create_owner \gset
\if :create_owner
CREATE ROLE brobygger_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
\endif
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brobygger_runtime') AS create_runtime \gset
\if :create_runtime
CREATE ROLE brobygger_runtime LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
\endif
GRANT brobygger_app TO brobygger_runtime;
-- The owner creates the app's schema (and, in tests, a schema per test file).
GRANT CREATE ON DATABASE :"db" TO brobygger_owner;
GRANT CREATE, USAGE ON SCHEMA public TO brobygger_owner;
