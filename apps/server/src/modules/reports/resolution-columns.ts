import type { ReportFigures, ResolutionReport, ResolutionRow } from '@motcua/core';

/**
 * The columns of Biểu II.06a/VPCP/KSTT as numbered on the form: (1) STT, (2) the row's heading, then
 * (3)–(13) the figures (DESIGN §8). Screen, Excel and PDF read the figures through this one list.
 */
export const FIGURE_COLUMNS: { no: number; group: string; header: string; value: (f: ReportFigures) => number }[] = [
  { no: 3, group: 'Số hồ sơ nhận giải quyết', header: 'Tổng số', value: (f) => f.received.total },
  { no: 4, group: 'Số hồ sơ nhận giải quyết', header: 'Trực tuyến', value: (f) => f.received.online },
  { no: 5, group: 'Số hồ sơ nhận giải quyết', header: 'Trực tiếp, dịch vụ bưu chính', value: (f) => f.received.direct },
  { no: 6, group: 'Số hồ sơ nhận giải quyết', header: 'Từ kỳ trước chuyển qua', value: (f) => f.received.carriedOver },
  { no: 7, group: 'Số hồ sơ đã giải quyết', header: 'Tổng số', value: (f) => f.resolved.total },
  { no: 8, group: 'Số hồ sơ đã giải quyết', header: 'Trước hạn', value: (f) => f.resolved.early },
  { no: 9, group: 'Số hồ sơ đã giải quyết', header: 'Đúng hạn', value: (f) => f.resolved.onTime },
  { no: 10, group: 'Số hồ sơ đã giải quyết', header: 'Quá hạn', value: (f) => f.resolved.late },
  { no: 11, group: 'Số hồ sơ đang giải quyết', header: 'Tổng số', value: (f) => f.inProgress.total },
  { no: 12, group: 'Số hồ sơ đang giải quyết', header: 'Trong hạn', value: (f) => f.inProgress.onTime },
  { no: 13, group: 'Số hồ sơ đang giải quyết', header: 'Quá hạn', value: (f) => f.inProgress.overdue },
];

export const rowHeading = (row: ResolutionRow): string => ('agency' in row ? row.agency.name : row.field.name);
export const headingLabel = (report: ResolutionReport): string =>
  report.by === 'field' ? 'Lĩnh vực giải quyết' : 'Cơ quan giải quyết';

const dmy = (d: string) => d.split('-').reverse().join('/');

export function reportTitle(report: ResolutionReport): { title: string; subtitle: string } {
  return {
    title: 'Tình hình, kết quả giải quyết thủ tục hành chính',
    subtitle: `Biểu II.06a/VPCP/KSTT — kỳ báo cáo từ ngày ${dmy(report.from)} đến ngày ${dmy(report.to)}${report.center ? ` — ${report.center.name}` : ' — toàn tỉnh'}`,
  };
}
