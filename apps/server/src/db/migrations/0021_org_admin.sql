CREATE TABLE "admin_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "agency_center" (
	"agency_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	CONSTRAINT "agency_center_agency_id_center_id_pk" PRIMARY KEY("agency_id","center_id")
);
--> statement-breakpoint
CREATE TABLE "officer_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "password_token" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seed_marker" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"kind" text NOT NULL,
	"seeded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "seed_marker_single" CHECK ("seed_marker"."id" = 1),
	CONSTRAINT "seed_marker_kind" CHECK ("seed_marker"."kind" in ('demo', 'production'))
);
--> statement-breakpoint
ALTER TABLE "app_user" DROP CONSTRAINT "app_user_roles_check";--> statement-breakpoint
ALTER TABLE "app_user" ALTER COLUMN "center_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "center" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "admin_audit" ADD CONSTRAINT "admin_audit_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_center" ADD CONSTRAINT "agency_center_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_center" ADD CONSTRAINT "agency_center_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_import" ADD CONSTRAINT "officer_import_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_token" ADD CONSTRAINT "password_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_audit_at_idx" ON "admin_audit" USING btree ("at");--> statement-breakpoint
CREATE INDEX "admin_audit_entity_idx" ON "admin_audit" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "agency_center_center_idx" ON "agency_center" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "officer_import_created_idx" ON "officer_import" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "password_token_user_idx" ON "password_token" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_roles_check" CHECK (cardinality("app_user"."roles") > 0 and "app_user"."roles" <@ array['citizen','counter','appraiser','approver','agency_head','director','center_director','admin']::text[]);--> statement-breakpoint
-- DESIGN §13: the administrative audit is append-only, as dossier events are (0006).
CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_audit is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER admin_audit_no_update_delete BEFORE UPDATE OR DELETE ON admin_audit FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_append_only();
--> statement-breakpoint
-- A database seeded before the marker existed always wrote a center in its first start: it is not empty.
INSERT INTO seed_marker (id, kind, seeded_at)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM app_user WHERE username LIKE '%.counter') THEN 'demo' ELSE 'production' END, now()
WHERE EXISTS (SELECT 1 FROM center);
--> statement-breakpoint
-- Until now every agency served at its own center only.
INSERT INTO agency_center (agency_id, center_id) SELECT id, center_id FROM agency;
