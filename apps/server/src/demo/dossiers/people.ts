import { foldText, type Applicant, type LocalDate, type Submitter } from '../catalog/core.ts';
import { MERGER_DATE } from '../catalog/agencies.ts';
import { chance, int, pick, pickWeighted, type Random } from './random.ts';

type Person = Extract<Applicant, { kind: 'person' }>;
type Organisation = Extract<Applicant, { kind: 'organisation' }>;

// The commonest Vietnamese family names, roughly by frequency.
const FAMILY: readonly (readonly [number, string])[] = [
  [38, 'Nguyễn'],
  [11, 'Trần'],
  [9, 'Lê'],
  [7, 'Phạm'],
  [5, 'Hoàng'],
  [5, 'Vũ'],
  [4, 'Phan'],
  [3, 'Đặng'],
  [3, 'Bùi'],
  [3, 'Đỗ'],
  [2, 'Hồ'],
  [2, 'Ngô'],
  [2, 'Dương'],
  [1, 'Lý'],
  [1, 'Đinh'],
  [1, 'Đoàn'],
  [1, 'Lương'],
  [1, 'Trịnh'],
  [1, 'Mai'],
  [1, 'Tạ'],
];
const MIDDLE = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Trọng'],
  female: ['Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim', 'Bích'],
} as const;
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khánh',
    'Long',
    'Minh',
    'Nam',
    'Phong',
    'Quân',
    'Sơn',
    'Thắng',
    'Thành',
    'Trung',
    'Tuấn',
    'Việt',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
} as const;

/** CCCD province codes (TT 07/2016/TT-BCA annex): mostly Quảng Ninh (022), then neighbours and the big cities. */
const BIRTH_PROVINCES: readonly (readonly [number, string])[] = [
  [76, '022'],
  [5, '031'],
  [4, '030'],
  [3, '034'],
  [3, '036'],
  [2, '024'],
  [2, '001'],
  [2, '038'],
  [1, '033'],
  [1, '079'],
  [1, '040'],
];
/** Mobile prefixes since the 2018 renumbering (QĐ 798/QĐ-BTTTT). */
const PHONE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '056',
  '058',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
];
// Domains reserved for examples (RFC 2606): a demo run with a real SMTP server mails no real person.
const MAIL_DOMAINS = ['example.com', 'example.com', 'example.net', 'example.org'];

/** Wards of Quảng Ninh with their city before 2025-07-01 (three levels), and as wards of the province after. */
const WARDS: readonly (readonly [string, string])[] = [
  ['Hồng Gai', 'Hạ Long'],
  ['Bãi Cháy', 'Hạ Long'],
  ['Hà Tu', 'Hạ Long'],
  ['Cao Xanh', 'Hạ Long'],
  ['Hà Lầm', 'Hạ Long'],
  ['Việt Hưng', 'Hạ Long'],
  ['Cẩm Phả', 'Cẩm Phả'],
  ['Quang Hanh', 'Cẩm Phả'],
  ['Cửa Ông', 'Cẩm Phả'],
  ['Mông Dương', 'Cẩm Phả'],
  ['Uông Bí', 'Uông Bí'],
  ['Vàng Danh', 'Uông Bí'],
  ['Mạo Khê', 'Đông Triều'],
  ['Đông Triều', 'Đông Triều'],
  ['Quảng Yên', 'Quảng Yên'],
  ['Móng Cái 1', 'Móng Cái'],
];
const STREETS = [
  'Trần Hưng Đạo',
  'Lê Thánh Tông',
  'Nguyễn Văn Cừ',
  'Hạ Long',
  'Cao Thắng',
  'Lê Lợi',
  'Hùng Vương',
  'Trần Phú',
  'Bạch Đằng',
  'Quang Trung',
  'Nguyễn Du',
  'Kênh Liêm',
];
const COMPANY_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Công ty TNHH MTV', 'Hợp tác xã', 'Doanh nghiệp tư nhân'];
const COMPANY_NAMES = [
  'Thương mại Hạ Long',
  'Xây dựng Bãi Cháy',
  'Du lịch Vịnh Xanh',
  'Vận tải Cẩm Phả',
  'Dịch vụ Cửa Ông',
  'Thủy sản Vân Đồn',
  'Cơ khí Uông Bí',
  'Nông sản Đông Triều',
  'Xuất nhập khẩu Móng Cái',
  'Khoáng sản Hòn Gai',
  'Đầu tư Tuần Châu',
  'Vật liệu Quảng Yên',
  'Kỹ thuật Mạo Khê',
  'Thực phẩm Tiên Yên',
  'May mặc Hoành Bồ',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function personName(random: Random): { fullName: string; sex: 'male' | 'female' } {
  const sex = chance(random, 0.5) ? 'male' : 'female';
  return { fullName: `${pickWeighted(random, FAMILY)} ${pick(random, MIDDLE[sex])} ${pick(random, GIVEN[sex])}`, sex };
}

/** A valid CCCD number (TT 07/2016/TT-BCA art. 7): province, century-and-sex digit, birth year, 6 digits. */
export function cccdNumber(random: Random, sex: 'male' | 'female', birthYear: number): string {
  const century = Math.floor((birthYear - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  return `${pickWeighted(random, BIRTH_PROVINCES)}${century}${pad(birthYear % 100, 2)}${pad(int(random, 0, 999_999), 6)}`;
}

export const mobilePhone = (random: Random) => `${pick(random, PHONE_PREFIXES)}${pad(int(random, 0, 9_999_999), 7)}`;

/** An address as written on the day: with the city before 2025-07-01, of the province's two levels after (DESIGN §4). */
export function address(random: Random, day: LocalDate): string {
  const [ward, city] = pick(random, WARDS);
  const street = chance(random, 0.5)
    ? `số ${int(random, 1, 450)} đường ${pick(random, STREETS)}`
    : `tổ ${int(random, 1, 60)}, khu ${int(random, 1, 12)}`;
  return day < MERGER_DATE
    ? `${street}, phường ${ward}, thành phố ${city}, tỉnh Quảng Ninh`
    : `${street}, phường ${ward}, tỉnh Quảng Ninh`;
}

function emailFor(random: Random, fullName: string): string {
  const words = foldText(fullName).split(' ');
  const local = `${words.at(-1)}${words
    .slice(0, -1)
    .map((w) => w[0])
    .join('')}${int(random, 1, 9999)}`;
  return `${local}@${pick(random, MAIL_DOMAINS)}`;
}

/** A person applying on `day`: an adult born 1950–(year − 18), with an e-mail address with probability `emailShare`. */
export function makePerson(random: Random, day: LocalDate, emailShare: number): Person {
  const { fullName, sex } = personName(random);
  const birthYear = int(random, 1950, Number(day.slice(0, 4)) - 18);
  return {
    kind: 'person',
    fullName,
    cccd: cccdNumber(random, sex, birthYear),
    phone: mobilePhone(random),
    email: chance(random, emailShare) ? emailFor(random, fullName) : null,
    address: address(random, day),
  };
}

/** An enterprise of the province: tax codes of Quảng Ninh's enterprises begin with 57 (TT 105/2020/TT-BTC). */
export function makeOrganisation(
  random: Random,
  day: LocalDate,
  representative: string,
  emailShare: number,
): Organisation {
  const name = `${pick(random, COMPANY_KINDS)} ${pick(random, COMPANY_NAMES)}`;
  return {
    kind: 'organisation',
    name,
    taxCode: `57${pad(int(random, 0, 99_999_999), 8)}`,
    representative,
    phone: mobilePhone(random),
    email: chance(random, emailShare)
      ? `lienhe${int(random, 1, 999)}@${foldText(name)
          .replace(/[^a-z]/g, '')
          .slice(-12)}.vn`
      : null,
    address: address(random, day),
  };
}

/** An authorised submitter (người nộp theo ủy quyền) with the authorisation dated before `day` (BLDS 2015 art. 138). */
export function makeSubmitter(random: Random, day: LocalDate, signedOn: LocalDate): Submitter {
  const { fullName, sex } = personName(random);
  return {
    fullName,
    cccd: cccdNumber(random, sex, int(random, 1960, Number(day.slice(0, 4)) - 20)),
    phone: mobilePhone(random),
    authorisation: { documentNumber: `${int(random, 1, 300)}/${day.slice(0, 4)}/GUQ`, date: signedOn, note: null },
  };
}

/** The demo citizen accounts, the same on every run: `congdan.0001`… with their identity as applicants. */
export function demoCitizens(count: number, random: Random): { username: string; person: Person }[] {
  return Array.from({ length: count }, (_, i) => ({
    username: `congdan.${pad(i + 1, 4)}`,
    person: makePerson(random, '2014-03-26', 0.9),
  }));
}
