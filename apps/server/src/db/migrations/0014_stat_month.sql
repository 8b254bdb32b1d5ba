-- DESIGN §10: a report reads levels ("carried over", "in progress at the end of `to`") summed over all
-- the days before, ~300,000 rows of stat_day after ten years. stat_month holds the same sums per month,
-- so a report reads whole months from here and only the days of its first and last months from stat_day.
-- Kept by triggers in the statement that changes stat_day (the compactor's one statement), so both
-- tables always agree; a hand-written migration, outside the drizzle schema.
CREATE TABLE "stat_month" (
	"center_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"field_id" uuid NOT NULL,
	"month" date NOT NULL,
	"received_online" integer DEFAULT 0 NOT NULL,
	"received_direct" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stat_month_center_id_agency_id_field_id_month_pk" PRIMARY KEY("center_id","agency_id","field_id","month")
);
--> statement-breakpoint
INSERT INTO "stat_month"
SELECT center_id, agency_id, field_id, date_trunc('month', day)::date, sum(received_online), sum(received_direct), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(open), sum(overdue)
FROM "stat_day" GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Adds (TG_ARGV[0] = 1) or takes off (-1) a statement's changed rows of stat_day to or from their months.
CREATE FUNCTION stat_month_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign integer := TG_ARGV[0]::integer;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE stat_month;
    RETURN NULL;
  END IF;
  INSERT INTO stat_month
  SELECT center_id, agency_id, field_id, date_trunc('month', day)::date, sign * sum(received_online), sign * sum(received_direct), sign * sum(resolved_early),
    sign * sum(resolved_on_time), sign * sum(resolved_late), sign * sum(open), sign * sum(overdue)
  FROM changed_rows GROUP BY 1, 2, 3, 4
  ON CONFLICT (center_id, agency_id, field_id, month) DO UPDATE SET
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
--> statement-breakpoint
CREATE TRIGGER stat_month_on_insert AFTER INSERT ON "stat_day" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_month_follow('1');
--> statement-breakpoint
CREATE TRIGGER stat_month_on_update_new AFTER UPDATE ON "stat_day" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_month_follow('1');
--> statement-breakpoint
CREATE TRIGGER stat_month_on_update_old AFTER UPDATE ON "stat_day" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_month_follow('-1');
--> statement-breakpoint
CREATE TRIGGER stat_month_on_delete AFTER DELETE ON "stat_day" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_month_follow('-1');
--> statement-breakpoint
CREATE TRIGGER stat_month_on_truncate AFTER TRUNCATE ON "stat_day" FOR EACH STATEMENT EXECUTE FUNCTION stat_month_follow('0');
