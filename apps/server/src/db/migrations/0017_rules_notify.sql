-- DESIGN §3: rules (the catalog's procedure versions with their agencies and fields, the working calendar's
-- yearly notices and office hours) may be cached by a process only while nothing changed them. Every
-- statement that writes one of these tables, whoever runs it, announces it on 'motcua_rules' (delivered
-- at commit, dropped with a rollback); each process's rules watch then forgets what it cached
-- (apps/server/src/platform/notify/rules-watch.ts). Hand-written: drizzle has no triggers.
CREATE FUNCTION motcua_rules_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('motcua_rules', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER procedure_version_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON procedure_version FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
--> statement-breakpoint
CREATE TRIGGER agency_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
--> statement-breakpoint
CREATE TRIGGER field_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON field FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
--> statement-breakpoint
CREATE TRIGGER app_user_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_user FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
--> statement-breakpoint
CREATE TRIGGER yearly_notice_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON yearly_notice FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
--> statement-breakpoint
CREATE TRIGGER center_office_hours_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON center_office_hours FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
