-- DESIGN §3: events are append-only; the database itself refuses to change or remove one.
CREATE FUNCTION dossier_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER dossier_event_no_update_delete BEFORE UPDATE OR DELETE ON dossier_event FOR EACH ROW EXECUTE FUNCTION dossier_event_append_only();
--> statement-breakpoint
CREATE TRIGGER dossier_event_no_truncate BEFORE TRUNCATE ON dossier_event FOR EACH STATEMENT EXECUTE FUNCTION dossier_event_append_only();
