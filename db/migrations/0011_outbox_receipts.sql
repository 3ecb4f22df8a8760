PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mailing_id` integer,
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
INSERT INTO `__new_outbox`("id", "mailing_id", "edition_id", "library_id", "kind", "wave", "status", "email", "claimed_by", "attempts", "next_attempt_at", "last_error", "sent_at", "message_id") SELECT "id", "mailing_id", "edition_id", "library_id", "kind", "wave", "status", "email", "claimed_by", "attempts", "next_attempt_at", "last_error", "sent_at", "message_id" FROM `outbox`;--> statement-breakpoint
DROP TABLE `outbox`;--> statement-breakpoint
ALTER TABLE `__new_outbox` RENAME TO `outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_unique` ON `outbox` (`edition_id`,`library_id`,`kind`,`wave`);--> statement-breakpoint
CREATE INDEX `outbox_mailing_status_idx` ON `outbox` (`mailing_id`,`status`);--> statement-breakpoint
CREATE INDEX `outbox_status_due_idx` ON `outbox` (`status`,`next_attempt_at`);