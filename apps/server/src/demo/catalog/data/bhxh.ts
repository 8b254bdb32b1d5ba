import { CCCD_SHOWN } from './common.ts';
import type { AgencyData } from './types.ts';

const SOCIAL_INSURANCE = 'Luật Bảo hiểm xã hội số 41/2024/QH15';
const HEALTH_INSURANCE = 'Luật Bảo hiểm y tế số 25/2008/QH12, sửa đổi, bổ sung năm 2014 và 2024';
const COLLECTION = 'Quyết định số 595/QĐ-BHXH ban hành quy trình thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp; quản lý sổ bảo hiểm xã hội, thẻ bảo hiểm y tế';
const BENEFITS = 'Quyết định số 166/QĐ-BHXH ban hành quy trình giải quyết hưởng các chế độ bảo hiểm xã hội, chi trả các chế độ bảo hiểm xã hội, bảo hiểm thất nghiệp';
const TK1 = 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK1-TS)';
const BOOK = 'Sổ bảo hiểm xã hội';

export const BHXH: AgencyData = {
  slug: 'bhxh',
  prefix: 'BH',
  fields: [
    {
      name: 'Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp',
      organisations: true,
      legal: [SOCIAL_INSURANCE, HEALTH_INSURANCE, COLLECTION],
      real: [
        {
          name: 'Đăng ký, đăng ký lại, điều chỉnh đóng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp, bảo hiểm tai nạn lao động, bệnh nghề nghiệp',
          limit: 5,
          online: 'full',
          docs: [
            'Tờ khai đơn vị tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (mẫu TK3-TS)',
            'Danh sách lao động tham gia bảo hiểm xã hội, bảo hiểm y tế (mẫu D02-LT)',
            `${TK1}|o|1|Người lao động chưa có mã số bảo hiểm xã hội`,
          ],
        },
        {
          name: 'Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế',
          limit: 5,
          online: 'full',
          docs: [TK1, 'Danh sách người chỉ tham gia bảo hiểm y tế (mẫu D03-TS)|o|1|Đơn vị, tổ chức lập danh sách tham gia'],
        },
      ],
      subjects: ['mã số đơn vị tham gia bảo hiểm xã hội', 'giấy xác nhận thời gian đóng bảo hiểm xã hội'],
    },
    {
      name: 'Cấp sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
      legal: [SOCIAL_INSURANCE, HEALTH_INSURANCE, COLLECTION],
      real: [
        {
          key: 'bhyt-tre-em',
          name: 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
          limit: 3,
          online: 'full',
          docs: [`${TK1}|o|1|Trẻ em chưa có mã số định danh cá nhân`, 'Bản sao giấy khai sinh hoặc trích lục khai sinh|p|1|Trẻ em chưa có mã số định danh cá nhân'],
        },
        {
          name: 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế',
          limit: 7,
          online: 'full',
          docs: [TK1, `${BOOK}|o|1|Điều chỉnh thông tin trên sổ`, 'Thẻ bảo hiểm y tế|o|1|Thẻ bị hỏng hoặc điều chỉnh thông tin trên thẻ', 'Giấy tờ chứng minh thông tin điều chỉnh|c|1|Điều chỉnh họ tên, ngày sinh, giới tính'],
        },
      ],
      subjects: ['sổ bảo hiểm xã hội', 'thẻ bảo hiểm y tế cho học sinh, sinh viên', 'thẻ bảo hiểm y tế cho người tham gia theo hộ gia đình'],
    },
    {
      name: 'Thực hiện chính sách bảo hiểm xã hội',
      legal: [SOCIAL_INSURANCE, BENEFITS],
      real: [
        {
          name: 'Giải quyết hưởng lương hưu',
          limit: 20,
          online: 'partial',
          docs: [BOOK, 'Quyết định nghỉ việc hoặc văn bản chấm dứt hợp đồng lao động|c', 'Biên bản giám định mức suy giảm khả năng lao động|c|1|Nghỉ hưu do suy giảm khả năng lao động', 'Đơn đề nghị hưởng lương hưu (mẫu 14-HSB)|o|1|Người đã nghỉ việc hoặc tham gia bảo hiểm xã hội tự nguyện'],
        },
        {
          name: 'Giải quyết hưởng bảo hiểm xã hội một lần',
          limit: 10,
          online: 'full',
          docs: [BOOK, 'Đơn đề nghị hưởng bảo hiểm xã hội một lần (mẫu 14-HSB)', 'Giấy tờ chứng minh ra nước ngoài để định cư|c|1|Người ra nước ngoài để định cư', 'Trích sao hồ sơ bệnh án|c|1|Người mắc bệnh nguy hiểm đến tính mạng'],
        },
        {
          key: 'tu-tuat',
          name: 'Giải quyết hưởng chế độ tử tuất',
          limit: 10,
          online: 'partial',
          docs: [
            `${BOOK}|o|1|Người chết đang đóng hoặc bảo lưu thời gian đóng bảo hiểm xã hội`,
            'Bản sao giấy chứng tử hoặc trích lục khai tử|c',
            'Tờ khai của thân nhân (mẫu 09-HSB)',
            'Biên bản giám định mức suy giảm khả năng lao động của thân nhân|c|1|Thân nhân suy giảm khả năng lao động từ 81% trở lên',
          ],
        },
        { name: 'Giải quyết hưởng chế độ thai sản', limit: 6, online: 'full', docs: ['Bản sao giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội hoặc giấy ra viện|c', 'Bản sao giấy khai sinh hoặc trích lục khai sinh của con|c', 'Danh sách người lao động đề nghị hưởng chế độ (mẫu 01B-HSB)|o|1|Hồ sơ do người sử dụng lao động nộp'] },
        { name: 'Giải quyết hưởng chế độ ốm đau', limit: 6, online: 'full', docs: ['Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội hoặc bản sao giấy ra viện|c', 'Danh sách người lao động đề nghị hưởng chế độ ốm đau (mẫu 01B-HSB)'] },
        { name: 'Đăng ký tham gia bảo hiểm xã hội tự nguyện', limit: 5, online: 'full', docs: [TK1, CCCD_SHOWN] },
      ],
      subjects: ['quyết định hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp', 'quyết định hưởng lương hưu hằng tháng'],
    },
    {
      name: 'Thực hiện chính sách bảo hiểm y tế',
      legal: [HEALTH_INSURANCE, BENEFITS],
      real: [
        {
          name: 'Thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế',
          limit: 40,
          online: 'partial',
          docs: ['Đơn đề nghị thanh toán trực tiếp chi phí khám bệnh, chữa bệnh (mẫu)', 'Thẻ bảo hiểm y tế|x', 'Giấy ra viện, hóa đơn và các chứng từ có liên quan|c'],
        },
        { name: 'Cấp giấy chứng nhận không cùng chi trả trong năm', limit: 3, online: 'full', docs: ['Thẻ bảo hiểm y tế|x', 'Chứng từ thu chi phí cùng chi trả trong năm|c'] },
      ],
      subjects: ['giấy chuyển tuyến khám bệnh, chữa bệnh bảo hiểm y tế'],
    },
  ],
};
