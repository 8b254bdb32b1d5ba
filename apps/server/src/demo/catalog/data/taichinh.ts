import type { AgencyData } from './types.ts';

const PRICES = ['Luật Giá số 16/2023/QH15', 'Nghị định số 85/2024/NĐ-CP quy định chi tiết một số điều của Luật Giá'];
const PUBLIC_ASSETS = ['Luật Quản lý, sử dụng tài sản công số 15/2017/QH14', 'Nghị định số 151/2017/NĐ-CP quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công'];

export const TAICHINH: AgencyData = {
  slug: 'taichinh',
  prefix: 'TC',
  fields: [
    {
      name: 'Quản lý giá',
      organisations: true,
      legal: PRICES,
      real: [
        { name: 'Kê khai giá hàng hóa, dịch vụ thuộc danh mục phải kê khai giá', limit: 5, online: 'full', docs: ['Văn bản kê khai giá (mẫu)', 'Bảng kê khai mức giá hàng hóa, dịch vụ'] },
        { name: 'Thẩm định phương án giá hàng hóa, dịch vụ do Ủy ban nhân dân cấp tỉnh định giá', limit: 15, online: 'partial', docs: ['Văn bản đề nghị định giá (mẫu)', 'Phương án giá hàng hóa, dịch vụ', 'Tài liệu thuyết minh cơ sở tính toán các yếu tố hình thành giá|c'] },
      ],
      subjects: ['văn bản chấp thuận phương án giá'],
    },
    {
      name: 'Quản lý công sản',
      organisations: true,
      legal: PUBLIC_ASSETS,
      real: [
        { name: 'Quyết định thanh lý tài sản công', limit: 15, online: 'partial', docs: ['Văn bản đề nghị thanh lý tài sản công', 'Danh mục tài sản đề nghị thanh lý (chủng loại, số lượng, nguyên giá, giá trị còn lại)', 'Văn bản thẩm định tình trạng tài sản|c|1|Tài sản là nhà, công trình xây dựng'] },
        { name: 'Quyết định điều chuyển tài sản công', limit: 15, online: 'partial', docs: ['Văn bản đề nghị điều chuyển tài sản công', 'Văn bản đề nghị được tiếp nhận tài sản của cơ quan nhận', 'Danh mục tài sản đề nghị điều chuyển'] },
        { name: 'Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị', limit: 15, online: 'partial', docs: ['Văn bản đề nghị mua sắm tài sản', 'Danh mục tài sản đề nghị mua sắm', 'Dự toán kinh phí mua sắm được giao|c'] },
      ],
      subjects: [],
    },
    {
      name: 'Tài chính ngân sách',
      organisations: true,
      legal: ['Luật Ngân sách nhà nước số 83/2015/QH13', 'Thông tư số 185/2015/TT-BTC hướng dẫn đăng ký, cấp và sử dụng mã số đơn vị có quan hệ với ngân sách'],
      real: [
        { name: 'Đăng ký mã số đơn vị có quan hệ với ngân sách', limit: 2, online: 'full', docs: ['Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách (mẫu 01-MSNS-BTC)', 'Bản sao quyết định thành lập đơn vị|c'] },
        { name: 'Thẩm tra, phê duyệt quyết toán vốn đầu tư dự án hoàn thành sử dụng vốn ngân sách nhà nước', limit: 60, online: 'partial', docs: ['Tờ trình đề nghị phê duyệt quyết toán', 'Báo cáo quyết toán dự án hoàn thành (mẫu)', 'Báo cáo kiểm toán quyết toán dự án hoàn thành|c|1|Dự án phải kiểm toán quyết toán', 'Hồ sơ pháp lý của dự án|c'] },
      ],
      subjects: ['giấy chứng nhận mã số đơn vị có quan hệ với ngân sách'],
    },
    {
      name: 'Tài chính doanh nghiệp',
      organisations: true,
      legal: ['Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp số 69/2014/QH13'],
      real: [],
      subjects: ['văn bản chấp thuận phương án sử dụng đất khi cổ phần hóa doanh nghiệp nhà nước'],
    },
  ],
};
