import { BUSINESS_REGISTRATION, CV, DEGREE, HEALTH_CERTIFICATE, PORTRAIT_3X4 } from './common.ts';
import { phi, type AgencyData } from './types.ts';

const TOURISM = ['Luật Du lịch số 09/2017/QH14', 'Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch', 'Thông tư số 33/2018/TT-BTC quy định mức thu phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, thẻ hướng dẫn viên du lịch'];
const GUIDE = 'Đơn đề nghị cấp thẻ hướng dẫn viên du lịch (mẫu)';
const guideFee = phi('Phí thẩm định cấp thẻ hướng dẫn viên du lịch', 650_000);

export const VHTTDL: AgencyData = {
  slug: 'vhttdl',
  prefix: 'VH',
  fields: [
    {
      name: 'Du lịch',
      weight: 2,
      legal: TOURISM,
      real: [
        { name: 'Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', limit: 10, online: 'full', fees: [phi('Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', 3_000_000)], docs: ['Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa (mẫu)', BUSINESS_REGISTRATION, 'Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành nội địa|o', 'Bản sao văn bằng, chứng chỉ của người phụ trách kinh doanh dịch vụ lữ hành|c', 'Bản sao quyết định bổ nhiệm hoặc hợp đồng lao động của người phụ trách kinh doanh dịch vụ lữ hành|c'] },
        { name: 'Cấp thẻ hướng dẫn viên du lịch quốc tế', limit: 10, online: 'full', fees: [guideFee], docs: [GUIDE, CV, 'Bản sao giấy chứng nhận tốt nghiệp ngành hướng dẫn du lịch hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch quốc tế|c', 'Bản sao chứng chỉ ngoại ngữ|c', HEALTH_CERTIFICATE, PORTRAIT_3X4] },
        { name: 'Cấp thẻ hướng dẫn viên du lịch nội địa', limit: 10, online: 'full', fees: [guideFee], docs: [GUIDE, CV, 'Bản sao giấy chứng nhận tốt nghiệp ngành hướng dẫn du lịch hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa|c', HEALTH_CERTIFICATE, PORTRAIT_3X4] },
        { name: 'Cấp đổi thẻ hướng dẫn viên du lịch', limit: 10, online: 'full', fees: [guideFee], docs: ['Đơn đề nghị cấp đổi thẻ hướng dẫn viên du lịch (mẫu)', 'Thẻ hướng dẫn viên du lịch đã được cấp', HEALTH_CERTIFICATE, PORTRAIT_3X4] },
        { name: 'Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao', limit: 30, online: 'partial', fees: [phi('Phí thẩm định công nhận hạng cơ sở lưu trú du lịch', 1_500_000)], docs: ['Đơn đề nghị công nhận hạng cơ sở lưu trú du lịch (mẫu)', 'Biểu đánh giá chất lượng cơ sở lưu trú du lịch theo tiêu chuẩn quốc gia', 'Danh sách người quản lý và nhân viên kèm chứng chỉ nghiệp vụ|c'] },
      ],
      subjects: ['biển hiệu phương tiện vận tải khách du lịch', 'quyết định công nhận điểm du lịch', 'giấy chứng nhận cơ sở kinh doanh dịch vụ ăn uống đạt tiêu chuẩn phục vụ khách du lịch'],
    },
    {
      name: 'Nghệ thuật biểu diễn',
      organisations: true,
      legal: ['Nghị định số 144/2020/NĐ-CP quy định về hoạt động nghệ thuật biểu diễn'],
      real: [
        { name: 'Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật trên địa bàn tỉnh', limit: 5, online: 'full', docs: ['Văn bản thông báo tổ chức biểu diễn nghệ thuật (mẫu)', 'Nội dung chương trình biểu diễn'] },
        { name: 'Tổ chức cuộc thi, liên hoan các loại hình nghệ thuật biểu diễn trên địa bàn tỉnh', limit: 7, online: 'full', docs: ['Văn bản đề nghị tổ chức cuộc thi, liên hoan (mẫu)', 'Đề án tổ chức cuộc thi, liên hoan', 'Quy chế cuộc thi, liên hoan'] },
      ],
      subjects: ['giấy phép tổ chức biểu diễn thời trang', 'văn bản chấp thuận tổ chức cuộc thi người đẹp, người mẫu'],
    },
    {
      name: 'Di sản văn hóa',
      legal: ['Luật Di sản văn hóa số 45/2024/QH15'],
      real: [
        { name: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật', limit: 15, online: 'partial', docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', BUSINESS_REGISTRATION, 'Danh sách và văn bằng của chuyên gia giám định|c'] },
        { name: 'Cấp chứng chỉ hành nghề tu bổ di tích', limit: 15, online: 'partial', docs: ['Đơn đề nghị cấp chứng chỉ hành nghề (mẫu)', DEGREE, 'Bản khai kinh nghiệm nghề nghiệp', PORTRAIT_3X4] },
      ],
      subjects: ['giấy phép khai quật khẩn cấp', 'giấy chứng nhận đăng ký di vật, cổ vật'],
    },
    {
      name: 'Thể dục, thể thao',
      organisations: true,
      legal: ['Luật Thể dục, thể thao số 77/2006/QH11, sửa đổi, bổ sung năm 2018', 'Nghị định số 36/2019/NĐ-CP quy định chi tiết một số điều của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao'],
      real: [
        { name: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', limit: 7, online: 'full', fees: [phi('Phí thẩm định cấp giấy chứng nhận', 1_000_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản tóm tắt tình hình chuẩn bị các điều kiện kinh doanh', BUSINESS_REGISTRATION] },
        { name: 'Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của tỉnh', limit: 15, online: 'full', docs: ['Văn bản đề nghị đăng cai tổ chức giải (mẫu)', 'Điều lệ giải thi đấu', 'Kế hoạch tổ chức giải và bảo đảm an toàn'] },
      ],
      subjects: ['giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn bơi, lặn', 'giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn dù lượn'],
    },
    {
      name: 'Quảng cáo',
      organisations: true,
      legal: ['Luật Quảng cáo số 16/2012/QH13'],
      real: [
        { name: 'Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn', limit: 5, online: 'full', docs: ['Văn bản thông báo sản phẩm quảng cáo (mẫu)', 'Bản sao giấy tờ chứng minh sự hợp chuẩn, hợp quy của sản phẩm|c|1|Sản phẩm phải công bố hợp chuẩn, hợp quy', 'Ma-két sản phẩm quảng cáo in màu có chữ ký của tổ chức, cá nhân quảng cáo|o|2'] },
        { name: 'Cấp giấy phép thành lập văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài tại Việt Nam', limit: 10, online: 'partial', docs: ['Đơn đề nghị cấp giấy phép (mẫu)', 'Bản sao giấy chứng nhận thành lập doanh nghiệp quảng cáo nước ngoài có hợp pháp hóa lãnh sự|c', 'Bản sao điều lệ hoạt động của doanh nghiệp|c'] },
      ],
      subjects: ['giấy phép thành lập văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài'],
    },
  ],
};
