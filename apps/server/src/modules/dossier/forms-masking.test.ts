import { beforeAll, describe, expect, it } from 'vitest';
import { makeApplicant } from '../../test/dossier-builders.ts';
import { consultedDossier } from '../../test/consulted-dossier.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { useTestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');
const CCCD = '022195012345';
const PHONE = '0912345678';
const EMAIL = 'ngoc.tran@example.vn';
const APPLICANT = makeApplicant({ fullName: 'Trần Thị Bích Ngọc', cccd: CCCD, phone: '0912 345 678', email: EMAIL });
const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Issue 15 item 4 (DESIGN §14): the receipt reprinted by the director or by a consulted agency masks the identity
 * number, phone and e-mail exactly as their JSON view does (core `partiesFor`); the dossier's own agency reads them.
 */
describe('one masking decision for the JSON view and the receipt PDF', () => {
  const t = useTestApp({ now: () => NOW });
  const cookies: Record<string, string> = {};
  let dossier: { id: string };
  beforeAll(async () => {
    for (const u of ['congan.counter', 'congan.appraiser', 'tuphap.appraiser', 'director'])
      cookies[u] = await t.login(u);
    dossier = await consultedDossier(
      t,
      { counter: cookies['congan.counter']!, appraiser: cookies['congan.appraiser']! },
      APPLICANT,
    );
  });
  const read = async (username: string) => {
    const headers = { cookie: cookies[username]! };
    const json = await t.app.inject({ url: `/api/v1/dossiers/${dossier.id}`, headers });
    const pdf = await t.app.inject({ url: `/api/v1/dossiers/${dossier.id}/forms/receipt.pdf`, headers });
    expect([json.statusCode, pdf.statusCode], `${username}: ${pdf.body.slice(0, 200)}`).toEqual([200, 200]);
    return { json: json.json(), pdf: flat(pdfText(pdf.rawPayload)) };
  };

  it.each(['director', 'tuphap.appraiser'])('%s: masked in the JSON view and on the receipt alike', async (who) => {
    const { json, pdf } = await read(who);
    expect(json.masked).toBe(true);
    expect(json.applicant).toMatchObject({ cccd: '022*******45', phone: '*******678', email: 'n***@example.vn' });
    expect(pdf).toContain('(CCCD): 022*******45');
    expect(pdf).toContain('Số điện thoại: *******678');
    expect(pdf).toContain('Thư điện tử: n***@example.vn');
    for (const value of [CCCD, PHONE, EMAIL]) expect(pdf + JSON.stringify(json)).not.toContain(value);
  });

  it.each(['congan.appraiser', 'congan.counter'])('%s, of the dossier’s agency: in full on both', async (who) => {
    const { json, pdf } = await read(who);
    expect(json.masked).toBe(false);
    expect(json.applicant).toMatchObject({ cccd: CCCD, phone: PHONE, email: EMAIL });
    for (const phrase of [`(CCCD): ${CCCD}`, `Số điện thoại: ${PHONE}`, `Thư điện tử: ${EMAIL}`])
      expect(pdf).toContain(phrase);
  });
});
