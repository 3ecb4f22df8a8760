import { z } from 'zod';
import { newPasswordSchema } from './password';
import { staffRoles } from './roles';

/** One zod schema per staff form; the server actions validate with these. */
const roleField = z.enum(staffRoles, { error: 'Kies een rol: beheerder of coördinator.' });
const userId = z.coerce.number().int().positive();

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Vul een e-mailadres in.').max(254, 'Dit e-mailadres is te lang.').email('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'),
  name: z.string().trim().max(120, 'De naam mag hoogstens 120 tekens lang zijn.').optional().transform((v) => v || undefined),
  role: roleField,
  password: newPasswordSchema,
});

export const changeRoleSchema = z.object({ userId, role: roleField });

export const setDisabledSchema = z.object({ userId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Geef de sleutel een naam.').max(100, 'De naam mag hoogstens 100 tekens lang zijn.'),
});

export const revokeApiKeySchema = z.object({ keyId: z.coerce.number().int().positive() });

export type FormResult = { ok: true; message: string } | { ok: false; errors: Record<string, string[]>; message?: string };
