import { ROLE_LOGIN_SUFFIX, type Role } from '@motcua/core';
import { DEMO_AGENCIES } from './demo-agencies.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quang', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Ngọc',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];

/** A Vietnamese full name chosen by index: the demo is the same on every machine. */
export function demoFullName(index: number): string {
  return `${FAMILY[index % FAMILY.length]} ${MIDDLE[(index * 7) % MIDDLE.length]} ${GIVEN[(index * 13) % GIVEN.length]}`;
}

export type DemoPerson = { username: string; fullName: string; roles: Role[]; agencySlug: string | null };

/** Demo log-ins (DESIGN §11): admin, director, and `<slug>.<suffix>` for each agency role. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [
    { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'], agencySlug: null },
    { username: 'director', fullName: demoFullName(0), roles: ['director'], agencySlug: null },
  ];
  let index = 1;
  for (const agency of DEMO_AGENCIES) {
    for (const [role, suffix] of Object.entries(ROLE_LOGIN_SUFFIX)) {
      people.push({
        username: `${agency.slug}.${suffix}`,
        fullName: demoFullName(index++),
        roles: [role as Role],
        agencySlug: agency.slug,
      });
    }
  }
  return people;
}
