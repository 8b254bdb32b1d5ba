import { AUTHORISATION, CCCD_SHOWN, HEALTH_CERTIFICATE, PORTRAIT_3X4 as PORTRAIT } from './common.ts';
import { feeTable, lePhi, phi, type AgencyData } from './types.ts';

const CIVIL_STATUS = ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Thông tư số 04/2020/TT-BTP'];
const LINKED = 'Nghị định số 63/2024/NĐ-CP quy định thực hiện liên thông điện tử hai nhóm thủ tục hành chính';
const CERTIFICATION = ['Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', 'Thông tư số 226/2016/TT-BTC quy định mức thu phí chứng thực'];
const NOTARIES = ['Luật Công chứng số 46/2024/QH15'];
const LAWYERS = ['Luật Luật sư số 65/2006/QH11, sửa đổi, bổ sung năm 2012'];
const NATIONALITY = ['Luật Quốc tịch Việt Nam số 24/2008/QH12, sửa đổi, bổ sung năm 2014', 'Nghị định số 16/2020/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Quốc tịch Việt Nam'];
const SAME_DAY = { limit: '4h', cutoff: '15:00' } as const; // Luật Hộ tịch, NĐ 23/2015: the same day; after 15:00 the next one.

export const TUPHAP: AgencyData = {
  slug: 'tuphap',
  prefix: 'TP',
  fields: [
    {
      name: 'Lý lịch tư pháp',
      legal: ['Luật Lý lịch tư pháp số 28/2009/QH12', 'Nghị định số 111/2010/NĐ-CP quy định chi tiết một số điều của Luật Lý lịch tư pháp', 'Thông tư số 244/2016/TT-BTC quy định mức thu phí cung cấp thông tin lý lịch tư pháp'],
      real: [
        {
          key: 'lltp',
          name: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
          limit: 10,
          online: 'full',
          fees: [feeTable('charge', 'Phí cung cấp thông tin lý lịch tư pháp', [['Mức thu chung', 200_000], ['Sinh viên, người có công với cách mạng, thân nhân liệt sĩ', 100_000]])],
          docs: ['Tờ khai yêu cầu cấp phiếu lý lịch tư pháp (mẫu 03/2013/TT-LLTP)', 'Bản chụp thẻ căn cước, thẻ căn cước công dân hoặc hộ chiếu|p', 'Văn bản ủy quyền có công chứng hoặc chứng thực|c|1|Ủy quyền cho người khác làm thủ tục cấp phiếu số 1'],
        },
        {
          name: 'Cấp phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng, cơ quan nhà nước, tổ chức chính trị – xã hội',
          limit: 10,
          online: 'partial',
          docs: ['Văn bản yêu cầu cấp phiếu lý lịch tư pháp (mẫu 05a/2013/TT-LLTP)'],
        },
      ],
      subjects: [],
    },
    {
      name: 'Hộ tịch',
      level: 'commune',
      legal: CIVIL_STATUS,
      real: [
        {
          key: 'khai-sinh',
          name: 'Đăng ký khai sinh',
          ...SAME_DAY,
          online: 'full',
          docs: [
            'Tờ khai đăng ký khai sinh (mẫu)',
            'Giấy chứng sinh|o|1|Trẻ em sinh ra tại cơ sở y tế',
            'Văn bản xác nhận của người làm chứng hoặc giấy cam đoan về việc sinh|o|1|Không có giấy chứng sinh',
            'Biên bản xác nhận việc trẻ bị bỏ rơi|o|1|Trẻ em bị bỏ rơi',
            'Giấy chứng nhận kết hôn của cha, mẹ|x|1|Cha, mẹ đã đăng ký kết hôn',
            CCCD_SHOWN,
          ],
        },
        {
          name: 'Đăng ký kết hôn',
          limit: 1,
          cutoff: '15:00',
          online: 'partial',
          docs: ['Tờ khai đăng ký kết hôn (mẫu)', 'Thẻ căn cước của hai bên nam, nữ|x|2', 'Giấy xác nhận tình trạng hôn nhân|o|1|Bên nam hoặc bên nữ không cư trú tại nơi đăng ký kết hôn'],
        },
        { key: 'khai-tu', name: 'Đăng ký khai tử', ...SAME_DAY, online: 'full', docs: ['Tờ khai đăng ký khai tử (mẫu)', 'Giấy báo tử hoặc giấy tờ thay giấy báo tử', AUTHORISATION] },
        { name: 'Đăng ký nhận cha, mẹ, con', limit: 3, online: 'partial', docs: ['Tờ khai đăng ký nhận cha, mẹ, con (mẫu)', 'Văn bản xác nhận quan hệ cha, mẹ, con của cơ quan y tế, giám định hoặc chứng cứ chứng minh|c', CCCD_SHOWN] },
        { name: 'Đăng ký lại khai sinh', limit: 5, online: 'full', docs: ['Tờ khai đăng ký lại khai sinh (mẫu)', 'Bản sao giấy khai sinh hoặc giấy tờ, tài liệu có nội dung khai sinh|c'] },
        { name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', limit: 3, online: 'full', docs: ['Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch (mẫu)', 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung|c'] },
        {
          name: 'Cấp giấy xác nhận tình trạng hôn nhân',
          limit: 3,
          online: 'full',
          docs: ['Tờ khai cấp giấy xác nhận tình trạng hôn nhân (mẫu)', 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây|o|1|Đề nghị cấp lại khi giấy cũ đã hết hạn', 'Bản án, quyết định ly hôn đã có hiệu lực pháp luật|c|1|Người đã ly hôn'],
        },
        { name: 'Cấp bản sao trích lục hộ tịch', ...SAME_DAY, online: 'full', fees: [phi('Phí cấp bản sao trích lục hộ tịch', 8_000)], docs: ['Tờ khai cấp bản sao trích lục hộ tịch (mẫu)', AUTHORISATION] },
        { name: 'Đăng ký khai sinh có yếu tố nước ngoài', limit: 3, online: 'partial', fees: [lePhi('Lệ phí đăng ký khai sinh có yếu tố nước ngoài', 100_000)], docs: ['Tờ khai đăng ký khai sinh (mẫu)', 'Giấy chứng sinh', 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con|o|1|Cha hoặc mẹ là người nước ngoài'] },
        {
          name: 'Đăng ký kết hôn có yếu tố nước ngoài',
          limit: 15,
          online: 'partial',
          fees: [lePhi('Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1_500_000)],
          docs: ['Tờ khai đăng ký kết hôn (mẫu)', 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp|c', 'Giấy xác nhận của tổ chức y tế về việc không mắc bệnh tâm thần|o|2', 'Bản sao hộ chiếu của người nước ngoài|c'],
        },
        {
          name: 'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
          limit: 5,
          online: 'full',
          from: '2024-07-01',
          partners: ['thuong-tru', 'bhyt-tre-em'],
          docs: ['Tờ khai điện tử liên thông (đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế)', 'Bản chụp giấy chứng sinh|p', 'Giấy tờ chứng minh chỗ ở hợp pháp|p|1|Thông tin về chỗ ở chưa có trong Cơ sở dữ liệu quốc gia về dân cư'],
          legal: [...CIVIL_STATUS, LINKED],
        },
        {
          name: 'Liên thông các thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng',
          limit: 5,
          online: 'full',
          from: '2024-07-01',
          partners: ['xoa-thuong-tru', 'tu-tuat'],
          docs: ['Tờ khai điện tử liên thông (đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất)', 'Bản chụp giấy báo tử hoặc giấy tờ thay giấy báo tử|p', 'Sổ bảo hiểm xã hội của người chết|o|1|Người chết đang tham gia hoặc bảo lưu thời gian đóng bảo hiểm xã hội'],
          legal: [...CIVIL_STATUS, LINKED],
        },
      ],
      subjects: [],
    },
    {
      name: 'Quốc tịch',
      legal: NATIONALITY,
      real: [
        {
          name: 'Nhập quốc tịch Việt Nam',
          limit: 115,
          fees: [lePhi('Lệ phí nhập quốc tịch Việt Nam', 3_000_000)],
          docs: ['Đơn xin nhập quốc tịch Việt Nam (mẫu)', 'Bản sao giấy khai sinh, hộ chiếu hoặc giấy tờ có giá trị thay thế|c', 'Bản khai lý lịch (mẫu)', 'Phiếu lý lịch tư pháp do cơ quan có thẩm quyền của Việt Nam và nước ngoài cấp|o|2', 'Giấy tờ chứng minh trình độ tiếng Việt|c', 'Giấy tờ chứng minh về chỗ ở và thời gian thường trú ở Việt Nam|c'],
        },
        { name: 'Thôi quốc tịch Việt Nam', limit: 85, fees: [lePhi('Lệ phí thôi quốc tịch Việt Nam', 2_500_000)], docs: ['Đơn xin thôi quốc tịch Việt Nam (mẫu)', 'Bản khai lý lịch (mẫu)', 'Bản sao hộ chiếu Việt Nam hoặc thẻ căn cước|c', 'Phiếu lý lịch tư pháp', 'Giấy tờ xác nhận đang làm thủ tục nhập quốc tịch nước ngoài|c'] },
        { name: 'Xác nhận có quốc tịch Việt Nam ở trong nước', limit: 10, docs: ['Tờ khai đề nghị xác nhận có quốc tịch Việt Nam (mẫu)', 'Giấy tờ chứng minh có quốc tịch Việt Nam trước đây|c', PORTRAIT] },
        { name: 'Cấp giấy xác nhận là người gốc Việt Nam', limit: 10, docs: ['Tờ khai đề nghị xác nhận là người gốc Việt Nam (mẫu)', 'Giấy tờ chứng minh người đó đã từng có quốc tịch Việt Nam hoặc có cha, mẹ, ông, bà là người Việt Nam|c', PORTRAIT] },
      ],
      subjects: [],
    },
    {
      name: 'Công chứng',
      organisations: true,
      legal: NOTARIES,
      real: [
        { name: 'Thành lập Văn phòng công chứng', limit: 20, online: 'partial', docs: ['Đơn đề nghị thành lập Văn phòng công chứng (mẫu)', 'Đề án thành lập Văn phòng công chứng', 'Bản sao quyết định bổ nhiệm công chứng viên|c'] },
        { name: 'Đăng ký hoạt động Văn phòng công chứng', limit: 10, online: 'partial', fees: [phi('Phí thẩm định điều kiện hoạt động Văn phòng công chứng', 1_000_000)], docs: ['Đơn đăng ký hoạt động (mẫu)', 'Giấy tờ chứng minh trụ sở của Văn phòng công chứng|c', 'Hồ sơ đề nghị đăng ký hành nghề và cấp thẻ công chứng viên'] },
        { name: 'Cấp thẻ công chứng viên', limit: 10, online: 'partial', docs: ['Giấy đề nghị đăng ký hành nghề và cấp thẻ công chứng viên (mẫu)', 'Bản sao quyết định bổ nhiệm công chứng viên|c', PORTRAIT] },
        { name: 'Đăng ký tập sự hành nghề công chứng', limit: 7, online: 'partial', docs: ['Giấy đề nghị đăng ký tập sự (mẫu)', 'Bản sao giấy chứng nhận tốt nghiệp khóa đào tạo nghề công chứng|c', 'Giấy tờ chứng minh được nhận tập sự tại tổ chức hành nghề công chứng'] },
      ],
      subjects: ['giấy đăng ký hoạt động của Văn phòng công chứng'],
    },
    {
      name: 'Luật sư',
      organisations: true,
      legal: LAWYERS,
      real: [
        { name: 'Đăng ký hoạt động của tổ chức hành nghề luật sư', limit: 10, online: 'partial', fees: [lePhi('Lệ phí đăng ký hoạt động', 100_000)], docs: ['Giấy đề nghị đăng ký hoạt động (mẫu)', 'Dự thảo điều lệ của công ty luật|o|1|Công ty luật', 'Bản sao chứng chỉ hành nghề luật sư, thẻ luật sư|c', 'Giấy tờ chứng minh trụ sở|c'] },
        { name: 'Đăng ký hành nghề luật sư với tư cách cá nhân', limit: 7, online: 'partial', docs: ['Giấy đề nghị đăng ký hành nghề luật sư với tư cách cá nhân (mẫu)', 'Bản sao thẻ luật sư|c', 'Bản sao hợp đồng lao động với cơ quan, tổ chức|c'] },
        { name: 'Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư', limit: 10, online: 'partial', docs: ['Giấy đề nghị thay đổi nội dung đăng ký hoạt động (mẫu)', 'Giấy tờ chứng minh nội dung thay đổi|c'] },
      ],
      subjects: ['giấy đăng ký hoạt động của chi nhánh tổ chức hành nghề luật sư', 'giấy đăng ký hoạt động của công ty luật nước ngoài'],
    },
    {
      name: 'Chứng thực',
      level: 'commune',
      legal: CERTIFICATION,
      real: [
        {
          name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
          ...SAME_DAY,
          fees: [feeTable('charge', 'Phí chứng thực bản sao từ bản chính', [['Trang thứ nhất và thứ hai, mỗi trang', 2_000], ['Từ trang thứ ba trở đi, mỗi trang', 1_000]])],
          docs: ['Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao|x', 'Bản sao cần chứng thực|p'],
        },
        { name: 'Chứng thực chữ ký trong các giấy tờ, văn bản', ...SAME_DAY, fees: [phi('Phí chứng thực chữ ký', 10_000)], docs: [CCCD_SHOWN, 'Giấy tờ, văn bản cần chứng thực chữ ký'] },
        {
          name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
          limit: 2,
          fees: [phi('Phí chứng thực hợp đồng, giao dịch', 50_000)],
          docs: ['Dự thảo hợp đồng, giao dịch', 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực|p', 'Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở|p|1|Hợp đồng, giao dịch về bất động sản'],
        },
        { name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', limit: 2, fees: [phi('Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 30_000)], docs: ['Dự thảo hợp đồng sửa đổi, bổ sung, hủy bỏ', 'Hợp đồng, giao dịch đã được chứng thực|x'] },
      ],
      subjects: [],
    },
    {
      name: 'Trợ giúp pháp lý',
      legal: ['Luật Trợ giúp pháp lý số 11/2017/QH14'],
      real: [{ name: 'Thực hiện trợ giúp pháp lý', limit: 2, online: 'partial', docs: ['Đơn yêu cầu trợ giúp pháp lý (mẫu)', 'Giấy tờ chứng minh thuộc diện được trợ giúp pháp lý|c', 'Giấy tờ, tài liệu có liên quan đến vụ việc|p'] }],
      subjects: ['giấy chứng nhận đăng ký tham gia trợ giúp pháp lý'],
    },
    {
      name: 'Đấu giá tài sản',
      organisations: true,
      legal: ['Luật Đấu giá tài sản số 01/2016/QH14, sửa đổi, bổ sung năm 2024'],
      real: [
        { name: 'Đăng ký hoạt động của doanh nghiệp đấu giá tài sản', limit: 7, online: 'partial', fees: [phi('Phí thẩm định tiêu chuẩn, điều kiện hoạt động', 1_000_000)], docs: ['Đơn đề nghị đăng ký hoạt động (mẫu)', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp|c', 'Bản sao chứng chỉ hành nghề đấu giá của đấu giá viên|c'] },
        { name: 'Cấp thẻ đấu giá viên', limit: 5, online: 'partial', docs: ['Giấy đề nghị cấp thẻ đấu giá viên (mẫu)', 'Bản sao chứng chỉ hành nghề đấu giá|c', PORTRAIT] },
      ],
      subjects: ['giấy đăng ký hoạt động của chi nhánh doanh nghiệp đấu giá tài sản'],
    },
    {
      name: 'Nuôi con nuôi',
      level: 'commune',
      legal: ['Luật Nuôi con nuôi số 52/2010/QH12', 'Nghị định số 19/2011/NĐ-CP quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi'],
      real: [
        {
          name: 'Đăng ký việc nuôi con nuôi trong nước',
          limit: 30,
          fees: [lePhi('Lệ phí đăng ký nuôi con nuôi trong nước', 400_000)],
          docs: ['Đơn xin nhận con nuôi (mẫu)', 'Bản sao hộ chiếu hoặc thẻ căn cước của người nhận con nuôi|c', 'Phiếu lý lịch tư pháp của người nhận con nuôi', 'Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi', HEALTH_CERTIFICATE, 'Bản sao giấy khai sinh của người được nhận làm con nuôi|c', 'Ảnh toàn thân, nhìn thẳng của trẻ em chụp không quá 6 tháng|o|2'],
        },
        { name: 'Đăng ký lại việc nuôi con nuôi trong nước', limit: 5, docs: ['Tờ khai đăng ký lại việc nuôi con nuôi (mẫu)', 'Bản sao giấy tờ chứng minh việc nuôi con nuôi đã được đăng ký trước đây|c'] },
      ],
      subjects: [],
    },
  ],
};
