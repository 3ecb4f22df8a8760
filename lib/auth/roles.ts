import { userRoles, type UserRole } from '@/db/schema';

export type StaffRole = UserRole;
export const staffRoles = userRoles;

// admin ⊇ coordinator: a higher rank may do everything a lower one may.
const rank: Record<StaffRole, number> = { coordinator: 1, admin: 2 };

/** Whether someone with `actual` may do what needs at least `required`. */
export function hasRole(actual: StaffRole, required: StaffRole): boolean {
  return rank[actual] >= rank[required];
}

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}
