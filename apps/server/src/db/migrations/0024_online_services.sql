CREATE TABLE "citizen_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"result_document_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "citizen_document_source_check" CHECK (("citizen_document"."source" = 'result') = ("citizen_document"."result_document_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "citizen_dossier_link" (
	"user_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "citizen_dossier_link_user_id_dossier_id_pk" PRIMARY KEY("user_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "online_draft" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"form" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD COLUMN "online_form" jsonb;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD COLUMN "citizen_document_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD COLUMN "field_name" text;--> statement-breakpoint
ALTER TABLE "citizen_document" ADD CONSTRAINT "citizen_document_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_document" ADD CONSTRAINT "citizen_document_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_document" ADD CONSTRAINT "citizen_document_blob_fk" FOREIGN KEY ("center_id","sha256") REFERENCES "public"."document_blob"("center_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_document" ADD CONSTRAINT "citizen_document_result_fk" FOREIGN KEY ("result_document_id") REFERENCES "public"."dossier_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_dossier_link" ADD CONSTRAINT "citizen_dossier_link_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_dossier_link" ADD CONSTRAINT "citizen_dossier_link_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_draft" ADD CONSTRAINT "online_draft_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_document_owner_idx" ON "citizen_document" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_document_result_unique" ON "citizen_document" USING btree ("owner_id","result_document_id") WHERE "citizen_document"."result_document_id" is not null;--> statement-breakpoint
CREATE INDEX "online_draft_owner_idx" ON "online_draft" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "dossier_owner_idx" ON "dossier" USING btree ("owner_id","submitted_at") WHERE "dossier"."owner_id" is not null;--> statement-breakpoint
CREATE INDEX "dossier_applicant_cccd_idx" ON "dossier" USING btree (("applicant"->>'cccd')) WHERE "dossier"."channel" <> 'online';--> statement-breakpoint
-- Declared here only: the two tables name each other (a store entry keeps a result; a dossier's copy names its entry).
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_citizen_document_fk" FOREIGN KEY ("citizen_document_id") REFERENCES "public"."citizen_document"("id") ON DELETE no action ON UPDATE no action;
