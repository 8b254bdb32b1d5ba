CREATE TABLE "document_blob" (
	"center_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"media_type" text NOT NULL,
	"pages" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_blob_center_id_sha256_pk" PRIMARY KEY("center_id","sha256"),
	CONSTRAINT "document_blob_sha256_check" CHECK ("document_blob"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "document_blob_size_check" CHECK ("document_blob"."size" = octet_length("document_blob"."bytes"))
);
--> statement-breakpoint
CREATE TABLE "dossier_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"dossier_id" uuid,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dossier_document_kind_check" CHECK ("dossier_document"."kind" in ('scan', 'digitised_original', 'result'))
);
--> statement-breakpoint
ALTER TABLE "document_blob" ADD CONSTRAINT "document_blob_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_blob_fk" FOREIGN KEY ("center_id","sha256") REFERENCES "public"."document_blob"("center_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_document_dossier_idx" ON "dossier_document" USING btree ("dossier_id","uploaded_at");--> statement-breakpoint
-- Scans and photos are compressed already: keep them out of line without trying to compress them again.
ALTER TABLE "document_blob" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
--> statement-breakpoint
-- DESIGN §6: originals are never overwritten. Stored content never changes; an upload only gains its dossier, once.
CREATE FUNCTION document_blob_keep_original() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'document_blob keeps originals: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER document_blob_no_update BEFORE UPDATE ON document_blob FOR EACH ROW EXECUTE FUNCTION document_blob_keep_original();
--> statement-breakpoint
CREATE FUNCTION dossier_document_attach_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.dossier_id IS NULL AND NEW.dossier_id IS NOT NULL AND to_jsonb(NEW) - 'dossier_id' = to_jsonb(OLD) - 'dossier_id' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'dossier_document keeps originals: only attaching an unattached upload is allowed' USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER dossier_document_attach_only BEFORE UPDATE ON dossier_document FOR EACH ROW EXECUTE FUNCTION dossier_document_attach_only();
