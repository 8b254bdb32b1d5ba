CREATE TABLE "field" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "field_center_code_unique" UNIQUE("center_id","code")
);
--> statement-breakpoint
CREATE TABLE "procedure_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"agency_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"search_text" text NOT NULL,
	"level" text NOT NULL,
	"online_level" text NOT NULL,
	"time_limit_value" integer NOT NULL,
	"time_limit_unit" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "procedure_version_unique" UNIQUE("center_id","code","version"),
	CONSTRAINT "procedure_version_period_check" CHECK ("procedure_version"."effective_to" is null or "procedure_version"."effective_to" >= "procedure_version"."effective_from"),
	CONSTRAINT "procedure_version_unit_check" CHECK ("procedure_version"."time_limit_unit" in ('days', 'hours')),
	CONSTRAINT "procedure_version_online_check" CHECK ("procedure_version"."online_level" in ('full', 'partial', 'none')),
	CONSTRAINT "procedure_version_level_check" CHECK ("procedure_version"."level" in ('province', 'commune'))
);
--> statement-breakpoint
ALTER TABLE "field" ADD CONSTRAINT "field_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field" ADD CONSTRAINT "field_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version" ADD CONSTRAINT "procedure_version_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version" ADD CONSTRAINT "procedure_version_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version" ADD CONSTRAINT "procedure_version_field_id_field_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."field"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_version" ADD CONSTRAINT "procedure_version_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_agency_idx" ON "field" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "procedure_version_code_idx" ON "procedure_version" USING btree ("center_id","code","effective_from");--> statement-breakpoint
CREATE INDEX "procedure_version_agency_idx" ON "procedure_version" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "procedure_version_search_idx" ON "procedure_version" USING gin ("search_text" gin_trgm_ops);