import type { CliCommand } from '../command';
import { importLibraries } from './import-libraries';

/** Every CLI command; add new ones here. */
export const commands: CliCommand[] = [importLibraries];
