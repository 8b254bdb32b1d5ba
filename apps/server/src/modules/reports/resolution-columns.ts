import { formSetOn, type ReportFigures, type ResolutionReport, type ResolutionRow } from '@motcua/core';
import { placeOf, vietnameseDate } from '../../documents/vietnamese-format.ts';

/**
 * The columns of Biểu II.06a/VPCP/KSTT as numbered on the form: (1) STT, (2) the row's heading, then
 * (3)–(13) the figures (DESIGN §8). Screen, Excel and PDF read the figures through this one list.
 */
const RECEIVED = ['Số hồ sơ nhận giải quyết'];
const NEW = [...RECEIVED, 'Số mới tiếp nhận'];
const RESOLVED = ['Kết quả giải quyết', 'Số hồ sơ đã giải quyết'];
const IN_PROGRESS = ['Kết quả giải quyết', 'Số hồ sơ đang giải quyết'];

type FigureColumn = { no: number; groups: string[]; header: string; value: (f: ReportFigures) => number };
export const FIGURE_COLUMNS: FigureColumn[] = [
  { no: 3, groups: RECEIVED, header: 'Tổng số', value: (f) => f.received.total },
  { no: 4, groups: NEW, header: 'Trực tuyến', value: (f) => f.received.online },
  { no: 5, groups: NEW, header: 'Trực tiếp, dịch vụ bưu chính', value: (f) => f.received.direct },
  { no: 6, groups: RECEIVED, header: 'Từ kỳ trước chuyển qua', value: (f) => f.received.carriedOver },
  { no: 7, groups: RESOLVED, header: 'Tổng số', value: (f) => f.resolved.total },
  { no: 8, groups: RESOLVED, header: 'Trước hạn', value: (f) => f.resolved.early },
  { no: 9, groups: RESOLVED, header: 'Đúng hạn', value: (f) => f.resolved.onTime },
  { no: 10, groups: RESOLVED, header: 'Quá hạn', value: (f) => f.resolved.late },
  { no: 11, groups: IN_PROGRESS, header: 'Tổng số', value: (f) => f.inProgress.total },
  { no: 12, groups: IN_PROGRESS, header: 'Trong hạn', value: (f) => f.inProgress.onTime },
  { no: 13, groups: IN_PROGRESS, header: 'Quá hạn', value: (f) => f.inProgress.overdue },
];

/** Each column's header from its group down, (1) and (2) first: the form's header of three levels. */
export const headerPaths = (report: ResolutionReport): string[][] => [
  ['STT'],
  [headingLabel(report)],
  ...FIGURE_COLUMNS.map((c) => [...c.groups, c.header]),
];

export const rowHeading = (row: ResolutionRow): string =>
  'agency' in row ? row.agency.name : 'field' in row ? row.field.name : row.center.name;
const HEADINGS = { agency: 'Cơ quan giải quyết', field: 'Lĩnh vực giải quyết', center: 'Nơi tiếp nhận hồ sơ' } as const;
export const headingLabel = (report: ResolutionReport): string => HEADINGS[report.by];

const dmy = (d: string) => d.split('-').reverse().join('/');

/** What heads the form: its code and legal basis, title, period and scope. */
export function reportHead(report: ResolutionReport) {
  return {
    code: 'Biểu II.06a/VPCP/KSTT',
    // The circular in force at the end of the period issues the form (DESIGN §4).
    basis: `Ban hành kèm theo ${formSetOn(report.to).basis}`,
    title: 'Tình hình, kết quả giải quyết thủ tục hành chính',
    period: `Kỳ báo cáo: từ ngày ${dmy(report.from)} đến ngày ${dmy(report.to)}`,
    scope: `Phạm vi: ${report.center ? report.center.name : 'toàn tỉnh'}`,
    unit: 'Đơn vị tính: hồ sơ',
  };
}

/** The foot: place and date of signing (UTC+7), who drew the form up and the head of the unit who signs it. */
export function reportFoot(issuer: string, at: Date) {
  return {
    placeDate: `${placeOf(issuer)}, ${vietnameseDate(at)}`,
    signers: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên, đóng dấu)' },
    ] as const,
  };
}
