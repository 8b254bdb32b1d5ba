ALTER TABLE "dossier" ADD COLUMN "applicant" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "submitter" jsonb;--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;