import { beforeAll, describe, expect, it } from 'vitest';
import { completeTicks } from '../../test/complete-ticks.ts';
import { postTransition } from '../../test/dossier-walk.ts';
import { useTestApp } from '../../test/test-app.ts';
import { fillForm, onlineKit } from './online-test-kit.ts';

const clock = new Date('2026-12-07T10:00:00+07:00');
const LAN = { fullName: 'Trần Thị Lan', cccd: '022195004321', phone: '0912004321', email: 'lan.kho@example.com' };
const INDEX = '/api/v1/reports/national-index?from=2026-12-07&to=2026-12-07';

/**
 * The national index's digitisation group counts the store (issue 19; QĐ 766, DESIGN §7, §15): a received online
 * dossier is digitised; one that takes a document the store already gave to an earlier dossier reuses digitised data,
 * and the first one does not.
 */
describe('the document store in the national index', () => {
  const t = useTestApp({ now: () => clock });
  const kit = onlineKit(t);
  let director: string;
  let counter: string;

  beforeAll(async () => {
    director = await t.login('director');
    counter = await t.login('congan.counter');
  });

  const inputs = async () => {
    const res = await t.app.inject({ url: INDEX, headers: { cookie: director } });
    expect(res.statusCode, res.body).toBe(200);
    const all = (res.json().index.groups as { indicators: { inputs: { key: string; value: number | null }[] }[] }[])
      .flatMap((g) => g.indicators)
      .flatMap((i) => i.inputs);
    const value = (key: string) => all.find((x) => x.key === key)?.value;
    return { digitised: value('dossiersDigitised'), reusing: value('dossiersReusingData') };
  };

  it('counts a received online dossier digitised, and the second use of a stored document as reuse', async () => {
    const procedure = await kit.onlineProcedure();
    const lan = await kit.citizen('lan.kho@example.com');
    const files = procedure.content.formFields.filter((f) => f.type === 'file' && f.required && !f.visibleWhen);
    const docs = await Promise.all(files.map((f) => kit.storeDocument(lan.id, f.label)));
    const before = await inputs();
    const ticks = completeTicks(procedure.content.checklist);
    for (let round = 0; round < 2; round++) {
      const made = await kit.my.create(lan.cookie, {
        procedureCode: procedure.code,
        submit: true,
        fields: fillForm(procedure.content.formFields, docs, LAN),
      });
      expect(made.statusCode, made.body).toBe(201);
      const version = (
        await t.app.inject({ url: `/api/v1/dossiers/${made.json().id}`, headers: { cookie: counter } })
      ).json().version;
      const received = await postTransition(t, { id: made.json().id, version }, 'receive', { ticks }, counter);
      expect(received.statusCode, received.body).toBe(200);
    }
    const after = await inputs();
    expect(after.digitised).toBe(before.digitised! + 2);
    expect(after.reusing).toBe(before.reusing! + 1);
  });
});
