CREATE TABLE "stat_day" (
	"center_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"day" date NOT NULL,
	"received_online" integer DEFAULT 0 NOT NULL,
	"received_direct" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stat_day_center_id_agency_id_field_id_day_pk" PRIMARY KEY("center_id","agency_id","field_id","day")
);
--> statement-breakpoint
CREATE TABLE "stat_delta" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"day" date NOT NULL,
	"received_online" integer DEFAULT 0 NOT NULL,
	"received_direct" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "field_id" uuid;--> statement-breakpoint
UPDATE "dossier" SET "field_id" = pv."field_id" FROM "procedure_version" pv WHERE pv."id" = "dossier"."procedure_version_id";--> statement-breakpoint
ALTER TABLE "dossier" ALTER COLUMN "field_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "stats" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "stat_day" ADD CONSTRAINT "stat_day_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_day" ADD CONSTRAINT "stat_day_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_day" ADD CONSTRAINT "stat_day_field_id_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."field"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stat_day_day_idx" ON "stat_day" USING btree ("day");--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_field_id_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."field"("id") ON DELETE no action ON UPDATE no action;