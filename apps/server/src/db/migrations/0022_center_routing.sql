-- DESIGN §13: a dossier received at one center and worked on at another. Existing dossiers were received where
-- they are worked on, so the receiving center is filled from center_id before the column becomes required.
ALTER TABLE "dossier" ADD COLUMN "received_center_id" uuid;--> statement-breakpoint
UPDATE "dossier" SET "received_center_id" = "center_id";--> statement-breakpoint
ALTER TABLE "dossier" ALTER COLUMN "received_center_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_received_center_id_center_id_fk" FOREIGN KEY ("received_center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_received_center_idx" ON "dossier" USING btree ("received_center_id","status","due_at");--> statement-breakpoint
-- The code's sequence runs per receiving unit's identifier per day (DESIGN §13): until now every unit was an agency.
ALTER TABLE "dossier_sequence" ADD COLUMN "unit_code" text;--> statement-breakpoint
UPDATE "dossier_sequence" s SET "unit_code" = a."code" FROM "agency" a WHERE a."id" = s."agency_id";--> statement-breakpoint
ALTER TABLE "dossier_sequence" ALTER COLUMN "unit_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_sequence" DROP CONSTRAINT "dossier_sequence_agency_id_agency_id_fk";--> statement-breakpoint
ALTER TABLE "dossier_sequence" DROP CONSTRAINT "dossier_sequence_agency_id_day_pk";--> statement-breakpoint
ALTER TABLE "dossier_sequence" DROP COLUMN "agency_id";--> statement-breakpoint
ALTER TABLE "dossier_sequence" ADD CONSTRAINT "dossier_sequence_unit_code_day_pk" PRIMARY KEY("unit_code","day");--> statement-breakpoint
-- Office hours from a date: the hours stored so far are in force from their center's opening.
ALTER TABLE "center_office_hours" ADD COLUMN "effective_from" date;--> statement-breakpoint
UPDATE "center_office_hours" h SET "effective_from" = c."effective_from" FROM "center" c WHERE c."id" = h."center_id";--> statement-breakpoint
ALTER TABLE "center_office_hours" ALTER COLUMN "effective_from" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "center_office_hours" DROP CONSTRAINT "center_office_hours_pkey";--> statement-breakpoint
ALTER TABLE "center_office_hours" ADD CONSTRAINT "center_office_hours_center_id_effective_from_pk" PRIMARY KEY("center_id","effective_from");--> statement-breakpoint
-- Statistics keep the receiving center beside the competent one: `?center=` reports on where dossiers were received.
ALTER TABLE "stat_delta" ADD COLUMN "received_center_id" uuid;--> statement-breakpoint
UPDATE "stat_delta" SET "received_center_id" = "center_id";--> statement-breakpoint
ALTER TABLE "stat_delta" ALTER COLUMN "received_center_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stat_day" ADD COLUMN "received_center_id" uuid;--> statement-breakpoint
UPDATE "stat_day" SET "received_center_id" = "center_id";--> statement-breakpoint
ALTER TABLE "stat_day" ALTER COLUMN "received_center_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stat_day" ADD CONSTRAINT "stat_day_received_center_id_center_id_fk" FOREIGN KEY ("received_center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_day" DROP CONSTRAINT "stat_day_center_id_agency_id_field_id_day_pk";--> statement-breakpoint
ALTER TABLE "stat_day" ADD CONSTRAINT "stat_day_center_id_received_center_id_agency_id_field_id_day_pk" PRIMARY KEY("center_id","received_center_id","agency_id","field_id","day");--> statement-breakpoint
ALTER TABLE "stat_month" ADD COLUMN "received_center_id" uuid;--> statement-breakpoint
UPDATE "stat_month" SET "received_center_id" = "center_id";--> statement-breakpoint
ALTER TABLE "stat_month" ALTER COLUMN "received_center_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stat_month" DROP CONSTRAINT "stat_month_center_id_agency_id_field_id_month_pk";--> statement-breakpoint
ALTER TABLE "stat_month" ADD CONSTRAINT "stat_month_center_id_received_center_id_agency_id_field_id_month_pk" PRIMARY KEY("center_id","received_center_id","agency_id","field_id","month");--> statement-breakpoint
-- stat_month_follow of 0014 with the receiving center in the key.
CREATE OR REPLACE FUNCTION stat_month_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign integer := TG_ARGV[0]::integer;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE stat_month;
    RETURN NULL;
  END IF;
  INSERT INTO stat_month (center_id, received_center_id, agency_id, field_id, month, received_online, received_direct,
    resolved_early, resolved_on_time, resolved_late, open, overdue)
  SELECT center_id, received_center_id, agency_id, field_id, date_trunc('month', day)::date, sign * sum(received_online),
    sign * sum(received_direct), sign * sum(resolved_early), sign * sum(resolved_on_time), sign * sum(resolved_late),
    sign * sum(open), sign * sum(overdue)
  FROM changed_rows GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (center_id, received_center_id, agency_id, field_id, month) DO UPDATE SET
    received_online = stat_month.received_online + excluded.received_online,
    received_direct = stat_month.received_direct + excluded.received_direct,
    resolved_early = stat_month.resolved_early + excluded.resolved_early,
    resolved_on_time = stat_month.resolved_on_time + excluded.resolved_on_time,
    resolved_late = stat_month.resolved_late + excluded.resolved_late,
    open = stat_month.open + excluded.open,
    overdue = stat_month.overdue + excluded.overdue;
  RETURN NULL;
END
$$;
