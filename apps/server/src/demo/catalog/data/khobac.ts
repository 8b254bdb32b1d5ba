import type { AgencyData } from './types.ts';

const BUDGET = 'Luật Ngân sách nhà nước số 83/2015/QH13';
const SPENDING = 'Nghị định số 11/2020/NĐ-CP quy định về thủ tục hành chính thuộc lĩnh vực Kho bạc Nhà nước';

export const KHOBAC: AgencyData = {
  slug: 'khobac',
  prefix: 'KB',
  fields: [
    {
      name: 'Kiểm soát chi ngân sách nhà nước',
      organisations: true,
      legal: [BUDGET, SPENDING],
      real: [
        {
          name: 'Kiểm soát, thanh toán các khoản chi thường xuyên từ tài khoản dự toán của đơn vị sử dụng ngân sách',
          limit: 2,
          online: 'full',
          docs: ['Giấy rút dự toán ngân sách hoặc ủy nhiệm chi', 'Dự toán ngân sách được cấp có thẩm quyền giao|o|1|Lần gửi đầu tiên trong năm', 'Hợp đồng và bảng xác định giá trị khối lượng hoàn thành|p|1|Khoản chi có hợp đồng trên 50 triệu đồng'],
        },
        {
          name: 'Kiểm soát, thanh toán vốn đầu tư thuộc nguồn vốn ngân sách nhà nước',
          limit: 4,
          online: 'full',
          docs: ['Giấy đề nghị thanh toán vốn', 'Bảng xác định giá trị khối lượng công việc hoàn thành', 'Hợp đồng xây dựng và các phụ lục|p|1|Lần thanh toán đầu tiên của hợp đồng'],
        },
      ],
      subjects: ['văn bản xác nhận số dư tài khoản dự toán'],
    },
    {
      name: 'Quản lý tài khoản của đơn vị giao dịch',
      organisations: true,
      legal: [BUDGET, 'Thông tư số 18/2020/TT-BTC hướng dẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước'],
      real: [
        {
          name: 'Đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước',
          limit: 1,
          online: 'full',
          docs: ['Giấy đề nghị mở tài khoản (mẫu 01/MTK)', 'Bản sao quyết định thành lập đơn vị|c', 'Bản đăng ký mẫu dấu, mẫu chữ ký (mẫu 02/MTK)'],
        },
      ],
      subjects: ['giấy xác nhận đăng ký mẫu dấu, mẫu chữ ký tại Kho bạc Nhà nước'],
    },
  ],
};
