-- One role and one database per bounded context; used by deploy/local and docker-compose.
CREATE ROLE compliance LOGIN PASSWORD 'compliance';
CREATE DATABASE marketplace OWNER compliance;
CREATE DATABASE checklist OWNER compliance;
CREATE DATABASE reporting OWNER compliance;
CREATE DATABASE notification OWNER compliance;
-- Databases the Maven tests use, so a running local stack keeps its data.
CREATE DATABASE marketplace_test OWNER compliance;
CREATE DATABASE checklist_test OWNER compliance;
CREATE DATABASE reporting_test OWNER compliance;
CREATE DATABASE notification_test OWNER compliance;
