-- One database and one login role per service: services never read each other's data, and the database
-- enforces it. Runs once, when the postgres container starts with an empty data volume.
-- Passwords come from the container environment (see docker-compose.yml), so none is written here.
-- \getenv needs psql 15 or newer.
\set ON_ERROR_STOP on

\getenv volunteer_password VOLUNTEER_DB_PASSWORD
\getenv letter_password LETTER_DB_PASSWORD
\getenv tally_password TALLY_DB_PASSWORD

CREATE ROLE volunteer_service LOGIN PASSWORD :'volunteer_password';
CREATE ROLE letter_service LOGIN PASSWORD :'letter_password';
CREATE ROLE tally_service LOGIN PASSWORD :'tally_password';

-- The owner may create tables in the public schema (PostgreSQL 15+ grants that only to the database owner),
-- which Flyway needs for each service's migrations.
CREATE DATABASE volunteer OWNER volunteer_service;
CREATE DATABASE letter OWNER letter_service;
CREATE DATABASE tally OWNER tally_service;

-- CONNECT is granted to PUBLIC by default; take it back so one service's role cannot open another's database.
REVOKE ALL ON DATABASE volunteer FROM PUBLIC;
REVOKE ALL ON DATABASE letter FROM PUBLIC;
REVOKE ALL ON DATABASE tally FROM PUBLIC;
