CREATE TABLE "rating" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"agency_id" uuid,
	"dossier_id" uuid,
	"officer_id" uuid,
	"counter_id" uuid,
	"channel" text NOT NULL,
	"scores" jsonb NOT NULL,
	"overall" text NOT NULL,
	"comment" text,
	"rated_at" timestamp with time zone NOT NULL,
	"entered_by" uuid,
	CONSTRAINT "rating_channel_check" CHECK ("rating"."channel" in ('web', 'tablet', 'paper', 'mailbox')),
	CONSTRAINT "rating_overall_check" CHECK ("rating"."overall" in ('very_satisfied', 'satisfied', 'unsatisfied'))
);
--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_officer_id_app_user_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_counter_id_counter_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."counter"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating" ADD CONSTRAINT "rating_entered_by_app_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_dossier_channel_unique" ON "rating" USING btree ("dossier_id","channel") WHERE "rating"."dossier_id" is not null;--> statement-breakpoint
CREATE INDEX "rating_rated_idx" ON "rating" USING btree ("rated_at","agency_id");