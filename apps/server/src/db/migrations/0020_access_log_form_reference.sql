CREATE TABLE "personal_data_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"officer_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"view" text NOT NULL,
	"request_id" text,
	"accessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "personal_data_access_ground_check" CHECK ("personal_data_access"."ground" in ('own_agency', 'consultation', 'director'))
);
--> statement-breakpoint
ALTER TABLE "rating" ADD COLUMN "form_reference" text;--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_officer_id_app_user_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_data_access_dossier_idx" ON "personal_data_access" USING btree ("dossier_id","accessed_at");--> statement-breakpoint
CREATE INDEX "personal_data_access_agency_idx" ON "personal_data_access" USING btree ("agency_id","accessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_form_reference_unique" ON "rating" USING btree ("center_id","channel","form_reference") WHERE "rating"."form_reference" is not null;--> statement-breakpoint
-- DESIGN §14: the personal-data access log is append-only, as dossier events are (0006).
CREATE FUNCTION personal_data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personal_data_access is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER personal_data_access_no_update_delete BEFORE UPDATE OR DELETE ON personal_data_access FOR EACH ROW EXECUTE FUNCTION personal_data_access_append_only();
--> statement-breakpoint
CREATE TRIGGER personal_data_access_no_truncate BEFORE TRUNCATE ON personal_data_access FOR EACH STATEMENT EXECUTE FUNCTION personal_data_access_append_only();
