import { adminCalendarVi } from './admin-calendar-vi.ts';
import { adminCatalogVi } from './admin-catalog-vi.ts';
import { calendarVi } from './calendar-vi.ts';
import { catalogVi } from './catalog-vi.ts';
import { dossierVi } from './dossier-vi.ts';
import { lookupVi } from './lookup-vi.ts';
import { operationsVi } from './operations-vi.ts';
import { processingVi } from './processing-vi.ts';
import { receptionVi } from './reception-vi.ts';
import { reportVi } from './report-vi.ts';
import { statisticsVi } from './statistics-vi.ts';
import { onlineVi } from './online-vi.ts';

/** Vietnamese UI text: the default language. `en.ts` must have exactly the same keys. */
export const vi = {
  app: {
    title: 'Trung tâm Phục vụ hành chính công',
    centerName: 'Trung tâm Phục vụ hành chính công',
    footer: 'Phần mềm mã nguồn mở motcua',
    skipToContent: 'Chuyển đến nội dung chính',
    loading: 'Đang tải…',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    label: 'Khu vực làm việc',
    open: 'Trình đơn',
  },
  areas: {
    portal: 'Cổng công dân',
    catalog: 'Thủ tục hành chính',
    lookup: 'Tra cứu hồ sơ',
    statistics: 'Số liệu giải quyết',
    dossiers: 'Hồ sơ',
    reception: 'Tiếp nhận',
    processing: 'Xử lý hồ sơ',
    delegations: 'Phân công thay',
    operations: 'Điều hành',
    resolution: 'Báo cáo giải quyết',
    reports: 'Báo cáo',
    admin: 'Quản trị',
    calendar: 'Lịch làm việc',
    account: 'Tài khoản',
    online: 'Hồ sơ của tôi',
    submit: 'Nộp trực tuyến',
    store: 'Kho giấy tờ',
  },
  auth: {
    title: 'Đăng nhập cán bộ',
    intro: 'Dành cho cán bộ, công chức làm việc tại Trung tâm và các cơ quan.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    logout: 'Đăng xuất',
    usernameRequired: 'Vui lòng nhập tên đăng nhập',
    passwordRequired: 'Vui lòng nhập mật khẩu',
  },
  portal: {
    title: 'Cổng dịch vụ công',
    welcome:
      'Chào mừng bạn đến với Cổng dịch vụ công của {{center}}. Tại đây bạn tra cứu thủ tục, nộp hồ sơ trực tuyến, theo dõi và bổ sung hồ sơ, và dùng lại giấy tờ đã có trong kho.',
    officerSignIn: 'Đăng nhập cán bộ',
    citizenSignIn: 'Đăng nhập',
    citizenRegister: 'Đăng ký tài khoản công dân',
    catalogLink: 'Tra cứu thủ tục hành chính: hồ sơ, phí, lệ phí, thời hạn',
    calendarLink: 'Lịch làm việc, ngày nghỉ lễ, Tết và giờ làm việc',
    lookupLink: 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu trên giấy tiếp nhận',
    statisticsLink: 'Số liệu tiếp nhận, giải quyết hồ sơ của từng cơ quan',
  },
  admin: {
    title: 'Quản trị hệ thống',
    description: 'Quản lý danh mục thủ tục, lịch làm việc, người dùng, trung tâm và cơ quan.',
    functions: 'Chức năng',
    calendarLink: 'Lịch làm việc: ngày nghỉ, thứ Bảy làm bù, giờ làm việc',
    catalogLink: 'Danh mục thủ tục hành chính: sửa, thêm, xuất và nhập Excel',
  },
  area: {
    agency: 'Cơ quan: {{name}}',
    center: 'Trung tâm: {{name}}',
    underConstruction: 'Chức năng đang được xây dựng.',
  },
  forms: {
    remove: 'Xóa {{item}}',
  },
  errors: {
    forbiddenTitle: 'Không có quyền truy cập',
    forbidden: 'Tài khoản của bạn không có quyền truy cập trang này.',
    notFoundTitle: 'Không tìm thấy trang',
    notFound: 'Địa chỉ bạn truy cập không tồn tại.',
    unexpectedTitle: 'Đã có lỗi xảy ra',
    unexpected: 'Trang không hiển thị được. Vui lòng tải lại trang hoặc thử lại sau.',
    network: 'Không kết nối được với máy chủ. Vui lòng thử lại sau.',
    reload: 'Tải lại trang',
    retry: 'Thử lại',
    backHome: 'Về trang chủ',
  },
  ...calendarVi,
  ...adminCalendarVi,
  ...catalogVi,
  ...adminCatalogVi,
  ...dossierVi,
  ...receptionVi,
  ...processingVi,
  ...lookupVi,
  ...reportVi,
  ...operationsVi,
  ...statisticsVi,
  ...onlineVi,
};

export type Messages = typeof vi;
