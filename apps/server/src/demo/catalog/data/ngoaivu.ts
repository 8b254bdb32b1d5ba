import type { AgencyData } from './types.ts';

export const NGOAIVU: AgencyData = {
  slug: 'ngoaivu',
  prefix: 'NG',
  fields: [
    {
      name: 'Công tác lãnh sự',
      legal: ['Quyết định số 45/2019/QĐ-TTg về cấp và quản lý thẻ đi lại của doanh nhân APEC'],
      real: [
        { name: 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)', limit: 10, online: 'full', docs: ['Văn bản đề nghị cho phép sử dụng thẻ ABTC của doanh nghiệp (mẫu)', 'Bản sao hợp đồng, hóa đơn chứng minh hoạt động kinh doanh với đối tác các nền kinh tế APEC|c', 'Bản sao hộ chiếu còn thời hạn của doanh nhân|c', 'Văn bản xác nhận của cơ quan thuế về việc chấp hành nghĩa vụ nộp thuế|c'] },
        { name: 'Tiếp nhận hồ sơ đề nghị hợp pháp hóa, chứng nhận lãnh sự giấy tờ, tài liệu', limit: 1, online: 'partial', docs: ['Tờ khai chứng nhận, hợp pháp hóa lãnh sự (mẫu LS/HPH-2012/TK)', 'Giấy tờ, tài liệu đề nghị hợp pháp hóa, chứng nhận lãnh sự', 'Bản chụp giấy tờ tùy thân của người nộp hồ sơ|p'] },
      ],
      subjects: ['văn bản xác nhận cho phép sử dụng thẻ đi lại của doanh nhân APEC'],
    },
    {
      name: 'Hợp tác quốc tế',
      organisations: true,
      legal: ['Quyết định số 06/2020/QĐ-TTg về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam', 'Nghị định số 80/2020/NĐ-CP về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức'],
      real: [
        { name: 'Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh', limit: 15, online: 'full', docs: ['Văn bản đề nghị tổ chức hội nghị, hội thảo quốc tế', 'Đề án tổ chức hội nghị, hội thảo (mục đích, nội dung, thành phần, kinh phí)', 'Danh sách đại biểu nước ngoài dự kiến tham dự'] },
        { name: 'Phê duyệt khoản viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức', limit: 30, online: 'partial', docs: ['Tờ trình đề nghị phê duyệt khoản viện trợ', 'Văn kiện chương trình, dự án hoặc nội dung khoản viện trợ', 'Văn bản cam kết tài trợ của bên tài trợ|c'] },
      ],
      subjects: ['giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh'],
    },
  ],
};
