CREATE TABLE "citizen_profile" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"cccd" text NOT NULL,
	"phone" text,
	"birth_date" date,
	"address" text,
	"identity_verified_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_login" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text NOT NULL,
	"link_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_time_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"code_hash" text NOT NULL,
	"payload" jsonb,
	"tries" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "one_time_code_purpose" CHECK ("one_time_code"."purpose" in ('register', 'reset'))
);
--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "center_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "user_session" ADD COLUMN "device" text;--> statement-breakpoint
ALTER TABLE "citizen_profile" ADD CONSTRAINT "citizen_profile_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_login" ADD CONSTRAINT "identity_login_link_user_id_app_user_id_fk" FOREIGN KEY ("link_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_code" ADD CONSTRAINT "one_time_code_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_profile_verified_cccd_unique" ON "citizen_profile" USING btree ("cccd") WHERE "citizen_profile"."identity_verified_at" is not null;--> statement-breakpoint
CREATE INDEX "identity_login_expires_idx" ON "identity_login" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "one_time_code_expires_idx" ON "one_time_code" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_verified_email_unique" ON "app_user" USING btree ("email") WHERE "app_user"."email_verified_at" is not null;