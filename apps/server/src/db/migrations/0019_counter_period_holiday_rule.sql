CREATE TABLE "holiday_rule" (
	"id" text PRIMARY KEY NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "counter" DROP CONSTRAINT "counter_center_number_unique";--> statement-breakpoint
ALTER TABLE "counter" ADD COLUMN "effective_from" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "counter" ADD COLUMN "effective_to" date;--> statement-breakpoint
ALTER TABLE "holiday_rule" ADD CONSTRAINT "holiday_rule_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "counter_center_number_open_unique" ON "counter" USING btree ("center_id","number") WHERE "counter"."effective_to" is null;--> statement-breakpoint
ALTER TABLE "counter" ADD CONSTRAINT "counter_period_check" CHECK ("counter"."effective_to" is null or "counter"."effective_to" >= "counter"."effective_from");--> statement-breakpoint
-- Hand-written (drizzle has no triggers): holiday rules are rules a process caches, as in 0017.
CREATE TRIGGER holiday_rule_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday_rule FOR EACH STATEMENT EXECUTE FUNCTION motcua_rules_changed();
