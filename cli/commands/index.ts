import type { CliCommand } from '../command';
import { createApiKeyCommand } from './create-api-key';
import { createUserCommand } from './create-user';
import { importLibraries } from './import-libraries';
import { inviteCommand } from './invite';

/** Every CLI command; add new ones here. */
export const commands: CliCommand[] = [importLibraries, inviteCommand, createUserCommand, createApiKeyCommand];
