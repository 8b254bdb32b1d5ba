-- DESIGN §10: the dashboard over ten million dossiers. Its "now" figures count dossiers received today or
-- this month (by agency, field and channel) and the open ones; these covering indexes let PostgreSQL
-- count them from the index alone, whatever the table's size. Hand-written: drizzle has no INCLUDE.
CREATE INDEX "dossier_received_cover_idx" ON "dossier" USING btree ("received_at") INCLUDE ("agency_id", "field_id", "channel") WHERE "parent_id" IS NULL;
--> statement-breakpoint
CREATE INDEX "dossier_open_cover_idx" ON "dossier" USING btree ("agency_id", "due_at") INCLUDE ("field_id", "channel", "status") WHERE "received_at" IS NOT NULL AND "resolved_at" IS NULL;
