import { z } from 'zod';
import { newPasswordSchema } from './password';
import { staffRoles } from './roles';
import { authFormMessage as m } from './form-messages';

/** One zod schema per staff form; the server actions validate with these. */
const roleField = z.enum(staffRoles, { error: m('role') });
const userId = z.coerce.number().int().positive();

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, m('emailMissing')).max(254, m('emailTooLong')).email(m('emailInvalid')),
  name: z
    .string()
    .trim()
    .max(120, m('nameTooLong', { max: 120 }))
    .optional()
    .transform((v) => v || undefined),
  role: roleField,
  password: newPasswordSchema,
});

export const changeRoleSchema = z.object({ userId, role: roleField });

export const setDisabledSchema = z.object({ userId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const resetPasswordSchema = z.object({
  userId: z.coerce
    .number({ error: m('accountMissing') })
    .int(m('accountMissing'))
    .positive(m('accountMissing')),
  // Left empty, a password is generated (lib/auth/password-reset.ts); typed, it follows the rules of a new one.
  password: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(newPasswordSchema.optional()),
});

export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, m('keyNameMissing'))
    .max(100, m('nameTooLong', { max: 100 })),
});

export const revokeApiKeySchema = z.object({ keyId: z.coerce.number().int().positive() });

export type FormResult = { ok: true; message: string } | { ok: false; errors: Record<string, string[]>; message?: string };
