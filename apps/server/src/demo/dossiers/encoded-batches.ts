import {
  consultation,
  dossier,
  dossierEvent,
  dossierSequence,
  outbox,
  rating,
  statDelta,
} from '../../db/schema/index.ts';
import { encodeRows, type BulkFormat, type EncodedRows } from './bulk-insert.ts';
import { generateDemoDossiers, type DemoBatch, type DemoDossierOptions, type DemoPeriod } from './generate.ts';
import { worldFromData, type DemoWorldData } from './world.ts';

/** A batch as it is written: its tables in the order their rows can go in, and what it counts. */
export type EncodedBatch = {
  period: DemoPeriod;
  done: number;
  total: number;
  dossiers: number;
  events: number;
  mails: number;
  tables: EncodedRows[];
};

export function encodeBatch(batch: DemoBatch, format: BulkFormat): EncodedBatch {
  const tables = [
    encodeRows(dossierSequence, batch.sequences, format),
    encodeRows(dossier, batch.dossiers, format),
    encodeRows(dossierEvent, batch.events, format),
    encodeRows(consultation, batch.consultations, format),
    encodeRows(outbox, batch.outbox, format),
    encodeRows(statDelta, batch.stats, format),
    encodeRows(rating, batch.ratings, format),
  ].filter((t): t is EncodedRows => t !== null);
  return {
    period: batch.period,
    done: batch.done,
    total: batch.total,
    dossiers: batch.dossiers.length,
    events: batch.events.length,
    mails: batch.outbox.length,
    tables,
  };
}

export type GenerationInput = { world: DemoWorldData; options: DemoDossierOptions; format: BulkFormat };

/** The demo batches encoded for the database, made here, in this thread. */
export function* encodedBatches({ world, options, format }: GenerationInput): Generator<EncodedBatch> {
  for (const batch of generateDemoDossiers(worldFromData(world), options)) yield encodeBatch(batch, format);
}
