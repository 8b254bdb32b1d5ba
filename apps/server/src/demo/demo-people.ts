import { ROLE_LOGIN_SUFFIX, type Role } from '@motcua/core';
import { demoAgencyPeriods } from './catalog/agencies.ts';

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

/**
 * The officer each agency in force adds to its four log-ins (DESIGN §9: 3–5 officers per agency): a deputy
 * (phó giám đốc) who receives, appraises and approves, so the head can hand anyone's dossier work to them
 * (core `canStandIn`). The suffix sorts after the four, so the demo dossiers keep their officers (world.ts).
 */
export const DEPUTY_SUFFIX = 'deputy';
const DEPUTY_ROLES: Role[] = ['counter', 'appraiser', 'approver'];

/**
 * Demo log-ins (DESIGN §11): admin, director, and `<slug>.<suffix>` for each agency role, then
 * `<slug>.deputy` in each agency in force. An agency merged away in 2025 keeps its four, active: the
 * contract's log-ins, who still read the dossiers their agency received.
 */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [
    { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'], agencySlug: null },
    { username: 'director', fullName: demoFullName(0), roles: ['director'], agencySlug: null },
  ];
  let index = 1;
  const agencies = demoAgencyPeriods();
  for (const agency of agencies) {
    for (const [role, suffix] of Object.entries(ROLE_LOGIN_SUFFIX)) {
      const username = `${agency.slug}.${suffix}`;
      people.push({ username, fullName: demoFullName(index++), roles: [role as Role], agencySlug: agency.slug });
    }
  }
  // Numbered after every agency's four, so that their names stay those of the earlier demo.
  for (const agency of agencies.filter((a) => a.effectiveTo === null)) {
    const username = `${agency.slug}.${DEPUTY_SUFFIX}`;
    people.push({ username, fullName: demoFullName(index++), roles: DEPUTY_ROLES, agencySlug: agency.slug });
  }
  return people;
}
