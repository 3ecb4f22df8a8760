/**
 * The rules for a new password, apart from the hashing so the staff forms in
 * the browser can state them in their hints.
 */
export const MIN_PASSWORD_LENGTH = 12;
// argon2 hashes at most this much anyway; a cap stops megabyte "passwords" from costing CPU.
export const MAX_PASSWORD_LENGTH = 200;
