CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"no" integer NOT NULL,
	"agency_id" uuid NOT NULL,
	"lead_agency_id" uuid NOT NULL,
	"question" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"opinion" text,
	"agrees" boolean,
	"lapsed" boolean DEFAULT false NOT NULL,
	"result" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "consultation_dossier_no_unique" UNIQUE("dossier_id","no")
);
--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_lead_agency_id_agency_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_answered_by_app_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_agency_idx" ON "consultation" USING btree ("agency_id","deadline");--> statement-breakpoint
CREATE INDEX "consultation_awaited_idx" ON "consultation" USING btree ("agency_id","deadline") WHERE "consultation"."answered_at" is null and "consultation"."closed_at" is null;