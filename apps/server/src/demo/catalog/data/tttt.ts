import { BUSINESS_REGISTRATION } from './common.ts';
import { lePhi, phi, type AgencyData } from './types.ts';

const PUBLISHING = ['Luật Xuất bản số 19/2012/QH13', 'Nghị định số 195/2013/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản'];
const PRINTING = 'Nghị định số 60/2014/NĐ-CP quy định về hoạt động in, sửa đổi, bổ sung bởi Nghị định số 25/2018/NĐ-CP';

export const TTTT: AgencyData = {
  slug: 'tttt',
  prefix: 'TT',
  fields: [
    {
      name: 'Báo chí',
      organisations: true,
      legal: ['Luật Báo chí số 103/2016/QH13'],
      real: [
        { name: 'Cấp giấy phép xuất bản bản tin', limit: 15, online: 'full', fees: [lePhi('Lệ phí cấp giấy phép xuất bản bản tin', 100_000)], docs: ['Tờ khai đề nghị cấp giấy phép xuất bản bản tin (mẫu)', 'Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp|c', 'Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin', 'Mẫu trình bày tên gọi và măng-sét bản tin'] },
        { name: 'Cho phép họp báo trong nước', limit: 2, online: 'full', docs: ['Văn bản thông báo tổ chức họp báo', 'Nội dung thông cáo báo chí'] },
      ],
      subjects: ['giấy phép xuất bản đặc san'],
    },
    {
      name: 'Xuất bản, in và phát hành',
      organisations: true,
      legal: [...PUBLISHING, PRINTING],
      real: [
        { name: 'Cấp giấy phép hoạt động in', limit: 7, online: 'full', docs: ['Đơn đề nghị cấp giấy phép hoạt động in (mẫu)', BUSINESS_REGISTRATION, 'Bản sao văn bằng hoặc chứng chỉ bồi dưỡng nghiệp vụ quản lý hoạt động in của người đứng đầu|c', 'Bản sao giấy tờ chứng minh quyền sở hữu thiết bị in|c'] },
        { name: 'Đăng ký hoạt động cơ sở in', limit: 5, online: 'full', docs: ['Tờ khai đăng ký hoạt động cơ sở in (mẫu)', BUSINESS_REGISTRATION, 'Bản sao giấy tờ chứng minh quyền sở hữu thiết bị in|c'] },
        { name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh', limit: 10, online: 'full', docs: ['Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh (mẫu)', 'Bản thảo tài liệu in trên giấy hoặc tệp điện tử|o|2'] },
        { name: 'Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh', limit: 5, online: 'full', docs: ['Đơn đề nghị cấp giấy phép nhập khẩu (mẫu)', 'Danh mục xuất bản phẩm nhập khẩu (mẫu)'] },
      ],
      subjects: ['giấy phép hoạt động in xuất bản phẩm', 'giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm'],
    },
    {
      name: 'Phát thanh, truyền hình và thông tin điện tử',
      organisations: true,
      legal: ['Nghị định số 147/2024/NĐ-CP về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng'],
      real: [
        { name: 'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp', limit: 10, online: 'full', docs: ['Đơn đề nghị cấp giấy phép (mẫu)', BUSINESS_REGISTRATION, 'Đề án hoạt động có chữ ký, dấu của người đứng đầu tổ chức', 'Văn bản chấp thuận của các nguồn tin|c'] },
        { name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', limit: 5, online: 'full', fees: [phi('Phí thẩm định điều kiện hoạt động điểm trò chơi điện tử', 400_000)], docs: ['Đơn đề nghị cấp giấy chứng nhận (mẫu)', 'Bản sao giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp|c'] },
      ],
      subjects: ['giấy phép thiết lập mạng xã hội'],
    },
    {
      name: 'Bưu chính',
      organisations: true,
      legal: ['Luật Bưu chính số 49/2010/QH12', 'Nghị định số 47/2011/NĐ-CP quy định chi tiết thi hành một số nội dung của Luật Bưu chính'],
      real: [
        { name: 'Cấp giấy phép bưu chính phạm vi nội tỉnh', limit: 30, online: 'full', fees: [phi('Phí thẩm định điều kiện hoạt động bưu chính', 10_000_000)], docs: ['Đơn đề nghị cấp giấy phép bưu chính (mẫu)', BUSINESS_REGISTRATION, 'Phương án kinh doanh', 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính'] },
        { name: 'Xác nhận thông báo hoạt động bưu chính', limit: 7, online: 'full', docs: ['Văn bản thông báo hoạt động bưu chính (mẫu)', BUSINESS_REGISTRATION, 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính'] },
      ],
      subjects: ['văn bản xác nhận thông báo hoạt động bưu chính'],
    },
  ],
};
