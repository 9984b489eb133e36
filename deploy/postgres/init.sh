#!/bin/sh
# Runs once, on an empty data directory, from /docker-entrypoint-initdb.d as the PostgreSQL superuser.
# Mirrors provisionDatabases() in libs/platform: services connect as praxis_app, which owns nothing, so
# row-level security applies to it; tables belong to praxis_migrator, and default privileges hand
# praxis_app exactly read/write on them.
set -eu

admin_psql() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" "$@"
}

admin_psql -v migrator_password="$PRAXIS_MIGRATOR_PASSWORD" -v app_password="$PRAXIS_APP_PASSWORD" <<'SQL'
CREATE ROLE praxis_migrator LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'migrator_password';
CREATE ROLE praxis_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD :'app_password';
SQL

for database in praxis_identity praxis_scheduling praxis_billing praxis_claims praxis_training; do
  admin_psql -v database="$database" <<'SQL'
CREATE DATABASE :"database" OWNER praxis_migrator;
\connect :database
SET ROLE praxis_migrator;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO praxis_app;
GRANT USAGE ON SCHEMA public TO praxis_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO praxis_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO praxis_app;
SQL
done
