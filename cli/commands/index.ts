import type { CliCommand } from '../command';
import { closeEditionCommand } from './close-edition';
import { createApiKeyCommand } from './create-api-key';
import { createEditionCommand } from './create-edition';
import { editionDatesCommand } from './edition-dates';
import { openEditionCommand } from './open-edition';
import { createUserCommand } from './create-user';
import { resetPasswordCommand } from './reset-password';
import { importLibraries } from './import-libraries';
import { inviteCommand } from './invite';
import { sendInvitationsCommand, sendRemindersCommand } from './send-mail';
import { exportCommand } from './export';
import { copyDatabaseCommand } from './copy-database';

/** Every CLI command; add new ones here. */
export const commands: CliCommand[] = [
  importLibraries,
  inviteCommand,
  createUserCommand,
  resetPasswordCommand,
  createApiKeyCommand,
  createEditionCommand,
  openEditionCommand,
  closeEditionCommand,
  editionDatesCommand,
  sendInvitationsCommand,
  sendRemindersCommand,
  exportCommand,
  copyDatabaseCommand,
];
