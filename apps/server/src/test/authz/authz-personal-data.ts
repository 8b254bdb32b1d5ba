import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { pdfText } from '../pdf-text.ts';
import type { Caller } from './authz-policy.ts';
import type { Applicant } from './authz-world.ts';

const OWN_AGENCY_CALLERS: readonly Caller[] = ['counter', 'appraiser', 'approver', 'agency_head'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a reader of the answer sees: JSON or text as sent, a PDF's text, a workbook's cells. */
async function readableText(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('pdf')) return pdfText(res.rawPayload);
  if (type.includes(XLSX)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    return cells.join('\n');
  }
  return /json|text/.test(type) ? res.body : '';
}

/**
 * DESIGN §14: CCCD, phone and e-mail are shown in full only to the dossier's own agency, the branch's counter that
 * received it (§13) and its applicant; every
 * other view — JSON, PDF, Excel — masks them. The full values of applicants outside the caller's agency found in an
 * answer; digits are compared with the separators a form prints (`0983 000 001`) taken out.
 */
export async function unmaskedFields(
  res: LightMyRequestResponse,
  caller: Caller,
  applicants: readonly Applicant[],
): Promise<string[]> {
  const text = await readableText(res);
  const digits = text.replace(/(\d)[\s.]+(?=\d)/g, '$1');
  const callerAgency = OWN_AGENCY_CALLERS.includes(caller) ? 'congan' : null;
  const seesInFull = (a: Applicant) => a.agency === callerAgency || (caller === 'branch_counter' && a.branch);
  return applicants
    .filter((a) => !seesInFull(a))
    .flatMap((a) => [
      ...(digits.includes(a.cccd) ? [`CCCD ${a.cccd}`] : []),
      ...(digits.includes(a.phone) ? [`phone ${a.phone}`] : []),
      ...(text.includes(a.email) ? [`e-mail ${a.email}`] : []),
    ]);
}
