CREATE TABLE `planned_mailings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`kind` text DEFAULT 'reminder' NOT NULL,
	`audience` text DEFAULT 'all' NOT NULL,
	`min_days` integer DEFAULT 0 NOT NULL,
	`max_reminders` integer,
	`planned_for` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`state` text DEFAULT 'planned' NOT NULL,
	`mailing_id` integer,
	`outcome` text,
	`settled_at` integer,
	`cancelled_by` text,
	FOREIGN KEY (`edition_id`) REFERENCES `editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mailing_id`) REFERENCES `mailings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `planned_mailings_due_idx` ON `planned_mailings` (`state`,`planned_for`);