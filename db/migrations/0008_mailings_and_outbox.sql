CREATE TABLE `mailings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`kind` text NOT NULL,
	`audience` text DEFAULT 'all' NOT NULL,
	`min_days` integer DEFAULT 0 NOT NULL,
	`max_reminders` integer,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`state` text DEFAULT 'running' NOT NULL,
	`recipients` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mailings_edition_idx` ON `mailings` (`edition_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailing_id` integer NOT NULL,
	`edition_id` integer NOT NULL,
	`library_id` integer NOT NULL,
	`kind` text NOT NULL,
	`wave` integer NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`email` text,
	`claimed_by` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`sent_at` integer,
	`message_id` text,
	FOREIGN KEY (`mailing_id`) REFERENCES `mailings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`library_id`) REFERENCES `libraries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_unique` ON `outbox` (`edition_id`,`library_id`,`kind`,`wave`);--> statement-breakpoint
CREATE INDEX `outbox_mailing_status_idx` ON `outbox` (`mailing_id`,`status`);--> statement-breakpoint
CREATE INDEX `outbox_status_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
ALTER TABLE `libraries` ADD `email_bouncing_at` integer;